/** Handler of GET system/information: the device itself. */
import type { Handler } from './endpoint.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The time in the device's default formats (YYYY/MM/DD and hh:mm:ss, DOC). OPEN: the device shows its own
 * time zone; the mock has none configured and shows UTC, so the answer is the same on every machine.
 */
function systemTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** GET system/information: Device_Info under `data`; time and up_time follow the mock's clock. */
export const systemInformation: Handler<'system/information'> = (_input, { pbx }) => {
  const now = pbx.clock.now();
  const { device } = pbx;
  return {
    device_name: device.deviceName,
    model_name: device.model,
    sn: device.serial,
    hardware_version: device.hardwareVersion,
    firmware_version: device.firmware,
    system_time: systemTime(now),
    up_time: Math.max(0, Math.floor((now - pbx.startedAt) / 1000)),
    system_date_format: 'YYYY/MM/DD',
    system_time_format: 'hh:mm:ss',
    timestamp: Math.floor(now / 1000),
  };
};
