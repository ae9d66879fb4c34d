import { describe, expect, it } from 'vitest';
import { deviceLine, maskSerial, summariseDevice } from './device-info.js';
import { Redactor } from './redact.js';
import type { Exchange } from './target-client.js';

function exchange(json: unknown, status = 200): Exchange {
  return {
    request: 'GET /openapi/v1.0/system/information?access_token=***',
    status,
    contentType: 'application/json',
    json,
    isMock: false,
    errcode: undefined,
  };
}

describe('maskSerial', () => {
  it.each([
    ['3631A2124XXX', '********4XXX'],
    ['12345', '********2345'],
    ['1234', '********'],
    ['', '********'],
  ])('shows only the last 4 characters of %j', (sn, shown) => {
    expect(maskSerial(sn)).toBe(shown);
  });
});

describe('summariseDevice', () => {
  it('names the model, firmware and hardware, masks the serial and teaches the redactor the whole one', () => {
    const redactor = new Redactor();
    const device = summariseDevice(
      exchange({
        errcode: 0,
        errmsg: 'SUCCESS',
        data: {
          model_name: 'Yeastar P570',
          firmware_version: '37.7.0.16',
          hardware_version: 'V1.00',
          sn: '3631A2124XXX',
        },
      }),
      redactor,
    );
    expect(device).toEqual({
      known: true,
      model: 'Yeastar P570',
      firmware: '37.7.0.16',
      hardwareVersion: 'V1.00',
      serial: '********4XXX',
    });
    expect(redactor.redact('sn=3631A2124XXX')).toBe('sn=***');
    expect(deviceLine(device)).toBe('Yeastar P570, firmware 37.7.0.16, serial ********4XXX');
  });

  it.each([
    [
      exchange({ errcode: 10005, errmsg: 'ACCESS DENIED' }),
      'answered errcode 10005 "ACCESS DENIED"',
    ],
    [exchange(undefined, 404), 'answered no errcode (HTTP 404)'],
    [exchange({ errcode: 0, errmsg: 'SUCCESS', data: [] }), 'no model_name or firmware_version'],
  ])('says why the device is unknown (%#)', (answer, reason) => {
    const device = summariseDevice(answer, undefined);
    expect(device.known).toBe(false);
    expect(device.reason).toContain(reason);
    expect(deviceLine(device)).toMatch(/^unknown \(.+\); checked all the same$/);
  });
});
