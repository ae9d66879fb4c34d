/** system/information: the answer the reports name the device from. */
import { expectSuccess, metaOf, violation } from '../answer-checks.js';
import type { Check } from '../check.js';
import { summariseDevice } from '../device-info.js';
import { TransportError } from '../errors.js';
import { shown } from '../finding.js';
import { answerField, fieldOf } from '../json-fields.js';
import type { Exchange } from '../target-client.js';

/** Unix seconds stay below this until the year 5138; milliseconds passed it in 1973. */
const MAX_UNIX_SECONDS = 1e11;

/** The device checks, in the order they run. */
export const DEVICE_CHECKS: readonly Check[] = [
  {
    id: 'device.information',
    title:
      'system/information answers Device_Info under data (model, serial, firmware; timestamp in Unix seconds)',
    level: 'DOC',
    mockOnly: false,
    async run(ctx, sink) {
      let answer: Exchange;
      try {
        answer = await ctx.deviceInformation();
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        // the run goes on: the reports say the device is unknown, the other checks still run
        sink.add({
          kind: 'violation',
          level: 'DOC',
          rule: 'system/information answers',
          found: error.message,
        });
        return;
      }
      if (answerField(answer, 'errcode') === 10001) {
        sink.skip(summariseDevice(answer, undefined).reason ?? 'system/information is missing');
        return;
      }
      if (!expectSuccess(sink, answer, 'SystemInformationAnswer')) return;
      const timestamp = fieldOf(answerField(answer, 'data'), 'timestamp');
      if (typeof timestamp === 'number' && timestamp >= MAX_UNIX_SECONDS) {
        violation(sink, metaOf(answer), {
          path: '$.data.timestamp',
          rule: 'timestamp is in Unix seconds',
          expected: 'seconds since 1970 (10 digits today)',
          found: `${shown(timestamp)} (milliseconds?)`,
        });
      }
    },
  },
];
