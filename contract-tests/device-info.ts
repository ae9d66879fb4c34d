/**
 * Which device a run checked: system/information, read once right after the run's login, so every report
 * says which model and firmware passed. The serial is shown only by its last 4 characters (the rest is
 * masked everywhere, the redactor learns it). A target that does not answer it is still checked; the
 * report then says why the device is unknown.
 */
import { fieldOf, isJsonObject } from './json-fields.js';
import type { Redactor } from './redact.js';
import type { Exchange } from './target-client.js';

/** What the reports say about the device. */
export interface DeviceSummary {
  /** Whether system/information answered a device. */
  readonly known: boolean;
  readonly model?: string | undefined;
  readonly firmware?: string | undefined;
  readonly hardwareVersion?: string | undefined;
  /** The serial with all but its last 4 characters masked. */
  readonly serial?: string | undefined;
  /** Why the device is unknown. */
  readonly reason?: string | undefined;
}

/** Characters of the serial a report shows. */
export const SERIAL_SHOWN = 4;

/** `sn` with all but its last 4 characters as `*` (8 of them, whatever its length; all masked when short). */
export function maskSerial(sn: string): string {
  return sn.length <= SERIAL_SHOWN ? '*'.repeat(8) : `${'*'.repeat(8)}${sn.slice(-SERIAL_SHOWN)}`;
}

function text(data: unknown, key: string): string | undefined {
  const value = fieldOf(data, key);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The device as `answer` (system/information) describes it; a summary that says why when the answer is an
 * error or carries no model and firmware. Teaches `redactor` the full serial.
 */
export function summariseDevice(
  answer: Exchange | undefined,
  redactor: Redactor | undefined,
  unreached?: string,
): DeviceSummary {
  if (answer === undefined) {
    return { known: false, reason: unreached ?? 'system/information was not called' };
  }
  const errcode = fieldOf(answer.json, 'errcode');
  if (errcode !== 0) {
    const errmsg = fieldOf(answer.json, 'errmsg');
    const said =
      typeof errcode === 'number'
        ? `errcode ${errcode}${typeof errmsg === 'string' ? ` ${JSON.stringify(errmsg)}` : ''}`
        : `no errcode (HTTP ${answer.status})`;
    const why =
      errcode === 10001
        ? ': this model or firmware has no system/information (it needs 37.7.0.16 or later, and no P520 has it)'
        : '';
    return { known: false, reason: `system/information answered ${said}${why}` };
  }
  const data = fieldOf(answer.json, 'data');
  const sn = text(data, 'sn');
  if (sn !== undefined) redactor?.add(sn);
  const model = text(data, 'model_name');
  const firmware = text(data, 'firmware_version');
  if (!isJsonObject(data) || (model === undefined && firmware === undefined)) {
    return {
      known: false,
      reason: 'system/information answered no model_name or firmware_version',
    };
  }
  return {
    known: true,
    model,
    firmware,
    hardwareVersion: text(data, 'hardware_version'),
    serial: sn === undefined ? undefined : maskSerial(sn),
  };
}

/** The console's device line: `Yeastar P550, firmware 37.7.0.16, serial ********MOCK`, or why unknown. */
export function deviceLine(device: DeviceSummary): string {
  if (!device.known) return `unknown (${device.reason ?? 'no answer'}); checked all the same`;
  return [
    device.model ?? 'model not given',
    `firmware ${device.firmware ?? 'not given'}`,
    `serial ${device.serial ?? 'not given'}`,
  ].join(', ');
}
