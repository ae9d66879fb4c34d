import { describe, expect, it } from 'vitest';
import { applyEnvFlags, buildProgram, envFlag } from './cli-options.js';
import type { CliOptions } from './cli-options.js';

/** What the CLI would run with for `args` and `env`. */
function optionsFor(args: string[], env: NodeJS.ProcessEnv): CliOptions {
  const program = buildProgram();
  program.parse(['node', 'pbx-mock', ...args]);
  return applyEnvFlags(program, program.opts<CliOptions>(), env);
}

describe('boolean flags from the environment', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['on', true],
    ['0', false],
    ['false', false],
    ['no', false],
    ['off', false],
    ['', false],
  ])('reads %j as %s', (raw, on) => {
    expect(envFlag('PBX_MOCK_HTTPS', raw)).toBe(on);
  });

  it('refuses any other word, naming the variable', () => {
    expect(() => envFlag('PBX_MOCK_HTTPS', 'maybe')).toThrow(/PBX_MOCK_HTTPS must be 1, true/);
  });

  it('PBX_MOCK_HTTPS=false and PBX_MOCK_NO_CONTROL=0 leave TLS off and control on', () => {
    const options = optionsFor([], { PBX_MOCK_HTTPS: 'false', PBX_MOCK_NO_CONTROL: '0' });
    expect(options.https).toBeUndefined();
    expect(options.control).toBe(true);
  });

  it('PBX_MOCK_HTTPS=1 and PBX_MOCK_NO_CONTROL=true turn TLS on and control off', () => {
    const options = optionsFor([], { PBX_MOCK_HTTPS: '1', PBX_MOCK_NO_CONTROL: 'true' });
    expect(options.https).toBe(true);
    expect(options.control).toBe(false);
  });

  it('a flag on the command line wins over the environment', () => {
    const options = optionsFor(['--https', '--no-control'], { PBX_MOCK_HTTPS: 'maybe' });
    expect(options.https).toBe(true);
    expect(options.control).toBe(false);
  });
});
