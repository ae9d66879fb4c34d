import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { createClock } from '../state/clock.js';
import { apiGet, expectSchema, login } from '../test-support/device.js';

const AUG_22_2025 = Date.UTC(2025, 7, 22, 8, 44, 40);

describe('GET system/information', () => {
  it('answers Device_Info under data: the default model, serial and firmware, the guide formats', async () => {
    const { app } = createMockPbx({ clock: createClock(() => AUG_22_2025) });
    const { access_token } = await login(app);
    const res = await apiGet(app, 'system/information', { access_token });
    expect(res.status).toBe(200);
    expectSchema('SystemInformationAnswer', res.body);
    expect(res.body).toEqual({
      errcode: 0,
      errmsg: 'SUCCESS',
      data: {
        device_name: 'PBX',
        model_name: 'Yeastar P550',
        sn: '3631A000MOCK',
        hardware_version: 'V1.00 0000-0000',
        firmware_version: '37.7.0.16',
        system_time: '2025/08/22 08:44:40',
        up_time: 0,
        system_date_format: 'YYYY/MM/DD',
        system_time_format: 'hh:mm:ss',
        timestamp: AUG_22_2025 / 1000,
      },
    });
  });

  it('answers the model, serial and firmware it was built with', async () => {
    const { app } = createMockPbx({
      device: { model: 'Yeastar P570', serial: '3631B1234567', firmware: '37.8.0.2' },
    });
    const { access_token } = await login(app);
    const res = await apiGet(app, 'system/information', { access_token });
    expect(res.body).toMatchObject({
      errcode: 0,
      data: { model_name: 'Yeastar P570', sn: '3631B1234567', firmware_version: '37.8.0.2' },
    });
  });

  it('counts up_time and system_time on the test clock', async () => {
    const pbx = createMockPbx({ clock: createClock(() => AUG_22_2025) });
    const { access_token } = await login(pbx.app);
    pbx.setClock({ advance: '20m' });
    const res = await apiGet(pbx.app, 'system/information', { access_token });
    expect(res.body).toMatchObject({
      data: {
        up_time: 1200,
        system_time: '2025/08/22 09:04:40',
        timestamp: AUG_22_2025 / 1000 + 1200,
      },
    });
  });

  it('needs a live token (10004), and takes forced errcodes like every endpoint', async () => {
    const { app } = createMockPbx();
    const anonymous = await apiGet(app, 'system/information', {});
    expect(anonymous.body).toMatchObject({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    const { access_token } = await login(app);
    const forced = await apiGet(app, 'system/information', { access_token, __errcode: -2 });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({ errcode: -2, errmsg: 'INTERNAL SERVER ERROR' });
  });

  it('is in the OpenAPI document, read-only, with its answer schema', () => {
    const doc = createMockPbx().openapi() as {
      paths: Record<string, { get?: { 'x-pbx-mutating'?: boolean; responses: unknown } }>;
    };
    const operation = doc.paths['/openapi/v1.0/system/information']?.get;
    expect(operation?.['x-pbx-mutating']).toBe(false);
    expect(JSON.stringify(operation?.responses)).toContain('SystemInformationAnswer');
  });

  it.each([
    [{ model: '' }, /device\.model must not be empty/],
    [{ serial: 'x'.repeat(65) }, /device\.serial must be at most 64/],
    [{ firmware: '37.7\n0.16' }, /device\.firmware must be printable ASCII/],
  ])('refuses device %j with a RangeError naming the field', (device, message) => {
    expect(() => createMockPbx({ device })).toThrow(message);
  });
});
