// A TypeScript user of the installed package: it must type-check under strict settings without skipLibCheck,
// and the app's type must be Express's, not a silent `any`.
import type { Express } from 'express';
import { createMockPbx, listen, validate, validator, Errcode } from 'pbx-mock-kit';
import type { MockPbx, SessionInfo } from 'pbx-mock-kit';

type IsAny<T> = 0 extends 1 & T ? true : false;
const pbx: MockPbx = createMockPbx({ seed: 7, sessions: 10 });
const appIsNotAny: IsAny<typeof pbx.app> = false;
const app: Express = pbx.app;
const running = await listen(app, '127.0.0.1', 0);
const notFound: number = Errcode.DATA_NOT_FOUND;
const session: unknown = JSON.parse('{}');
const isSessionInfo = validator('SessionInfo');
if (isSessionInfo(session)) {
  const typed: SessionInfo = session;
  console.log(typed.id);
}
const problems: readonly { instancePath: string }[] = validate('SessionInfo', session);
console.log(appIsNotAny, running.url, notFound, problems.length);
await running.close();
