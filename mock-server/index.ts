/**
 * The package's entry point for programmatic use: build a fake PBX in-process (`createMockPbx`), listen with
 * it (`listen`), and check answers against the same schemas the mock and the contract suite use.
 */
export { createMockPbx } from './app.js';
export type { MockPbx, MockPbxOptions } from './app.js';
export { listen } from './server.js';
export type { RunningServer } from './server.js';
export { createClock } from './state/clock.js';
export type { MockClock } from './state/clock.js';
export { ERROR_CATALOGUE, Errcode, errmsgOf } from '../schemas/error-catalogue.js';
export type { CatalogueEntry } from '../schemas/error-catalogue.js';
export { describeErrors, validate, validator } from '../schemas/validators.js';
export type { SchemaTitle, SchemaTypes } from '../schemas/validators.js';
export type * from '../schemas/types.generated.js';
