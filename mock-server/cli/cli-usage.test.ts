import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { closestFlag, editDistance, knownFlags, usageLine } from './cli-usage.js';

const KNOWN = [
  '--port',
  '--host',
  '--client-secret',
  '--client-id',
  '--session-ids',
  '--help',
  '-h',
];

describe('closestFlag', () => {
  it.each([
    ['--prot', '--port'],
    ['--prot=9000', '--port'],
    ['-port', '--port'],
    ['--PORT', '--port'],
    ['--client_secret', '--client-secret'],
    ['--client-secrte', '--client-secret'],
    ['--sesion-ids', '--session-ids'],
  ])('suggests the flag meant by %s', (typed, meant) => {
    expect(closestFlag(typed, KNOWN)).toBe(meant);
  });

  it.each(['--bogus', '--verbose', 'port', '--'])('suggests nothing for %s', (typed) => {
    expect(closestFlag(typed, KNOWN)).toBeUndefined();
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('--prot', '--port')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('usageLine', () => {
  it('keeps one line, drops "error: ", masks the value and suggests a flag', () => {
    expect(
      usageLine("error: unknown option '--client-secrte=S3cret!'\n(Did you mean ...?)\n", KNOWN),
    ).toBe("unknown option '--client-secrte=***'; did you mean --client-secret?");
  });

  it('leaves other errors as they are', () => {
    expect(usageLine("error: option '--port <port>' argument missing\n", KNOWN)).toBe(
      "option '--port <port>' argument missing",
    );
    expect(usageLine('\n', KNOWN)).toBeUndefined();
  });

  it('knows every flag of a program, with help', () => {
    const program = new Command('x').option('-p, --port <n>').option('--quiet');
    expect(knownFlags(program)).toEqual(['--port', '-p', '--quiet', '--help', '-h']);
  });
});
