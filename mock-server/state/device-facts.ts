/**
 * The facts GET system/information answers about the device itself (DOC: Device_Info). Model, serial and
 * firmware are mock options; the rest are the guide's example values. Time and uptime follow the mock's clock.
 */

/** What the mock says about itself. */
export interface DeviceFacts {
  readonly deviceName: string;
  readonly model: string;
  readonly serial: string;
  readonly hardwareVersion: string;
  readonly firmware: string;
}

/**
 * Defaults: a P550 (the guide's example model) on 37.7.0.16, the firmware from which the API is SEEN, and a
 * serial shaped like the guide's (3631A…) that says it is a mock.
 */
export const DEFAULT_DEVICE: DeviceFacts = {
  deviceName: 'PBX',
  model: 'Yeastar P550',
  serial: '3631A000MOCK',
  hardwareVersion: 'V1.00 0000-0000',
  firmware: '37.7.0.16',
};

/** The longest value the mock accepts for a device fact. */
export const MAX_DEVICE_FACT_LENGTH = 64;

const PRINTABLE = /^[\x20-\x7e]+$/;

/** Why a device fact is not acceptable (empty, too long, not printable ASCII), or undefined when it is. */
export function deviceFactProblem(value: string): string | undefined {
  if (value.trim() === '') return 'must not be empty';
  if (value.length > MAX_DEVICE_FACT_LENGTH)
    return `must be at most ${MAX_DEVICE_FACT_LENGTH} characters`;
  if (!PRINTABLE.test(value)) return 'must be printable ASCII';
  return undefined;
}

/** The facts with `overrides` applied; throws RangeError naming the option at fault. */
export function deviceFacts(overrides: Partial<DeviceFacts> = {}): DeviceFacts {
  const facts = { ...DEFAULT_DEVICE, ...overrides };
  for (const [name, value] of Object.entries(facts)) {
    const problem = deviceFactProblem(String(value));
    if (problem !== undefined) throw new RangeError(`device.${name} ${problem}`);
  }
  return facts;
}
