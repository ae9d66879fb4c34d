import { describe, expect, it } from 'vitest';
import {
  codeBlocks,
  documentedPrints,
  expectedExitCode,
  outputPattern,
  shellCommands,
} from './markdown-examples.js';

const PAGE = [
  '# A page',
  '',
  '```sh',
  '# a remark for the reader',
  'BASE=http://127.0.0.1:8088 \\',
  '  && echo "$BASE"',
  '# http://127.0.0.1:8088',
  '',
  '# another remark',
  'curl -sS -m 1 http://10.255.255.1/',
  '# curl: (28) Operation timed out after 10... milliseconds with 0 bytes received',
  'echo done',
  '```',
  '',
  '<!-- example: not run (needs a live PBX) -->',
  '',
  '```sh',
  'npx pbx-contract --base-url https://pbx:8088',
  '```',
  '',
  '<!-- example: prelude -->',
  '',
  '```bash',
  'MOCK=http://127.0.0.1:8088/__mock',
  '```',
  '',
  '```ts',
  "console.log(validate('SessionInfo', {})); // [...]",
  '```',
].join('\n');

describe('markdown examples', () => {
  it('reads every fenced block with its language, line and mark', () => {
    const blocks = codeBlocks('page.md', PAGE);
    expect(blocks.map((b) => [b.line, b.language, b.mark.kind])).toEqual([
      [3, 'sh', 'run'],
      [17, 'sh', 'not-run'],
      [23, 'bash', 'prelude'],
      [27, 'ts', 'run'],
    ]);
    expect(blocks[1]?.mark).toEqual({ kind: 'not-run', reason: 'needs a live PBX' });
  });

  it('joins continuation lines and takes the comments right under a command as its output', () => {
    const [block] = codeBlocks('page.md', PAGE);
    if (!block) throw new Error('no block');
    const commands = shellCommands(block);
    expect(commands.map((c) => [c.line, c.text.split('\n').length, c.expected])).toEqual([
      [5, 2, ['http://127.0.0.1:8088']],
      [10, 1, ['curl: (28) Operation timed out after 10... milliseconds with 0 bytes received']],
      [12, 1, []],
    ]);
    expect(commands.map(expectedExitCode)).toEqual([0, 28, 0]);
  });

  it('refuses a fenced block without a language, so no shell example goes unseen', () => {
    expect(() => codeBlocks('page.md', '```\nnpm start\n```')).toThrow(/page.md:1: .*language/);
  });

  it('refuses a mark it cannot read, or one that stands above no block', () => {
    expect(() => codeBlocks('page.md', '<!-- example: skip -->\n```sh\nls\n```')).toThrow(
      /unknown example mark "skip"/,
    );
    expect(() => codeBlocks('page.md', '<!-- example: not run () -->\n```sh\nls\n```')).toThrow(
      /unknown example mark/,
    );
    expect(() =>
      codeBlocks('page.md', '<!-- example: prelude -->\nSome text.\n```sh\nls\n```'),
    ).toThrow(/page.md:1: an example mark must stand right above a block/);
  });

  it('matches documented output literally, with ... as any text and white space as any white space', () => {
    const pattern = outputPattern([
      '{"type":".../bad-request","status":400,',
      ' "detail":"answer/errcode: must be integer",...}',
    ]);
    expect(
      pattern.test(
        '{"type":"https://x/bad-request","status":400,"detail":"answer/errcode: must be integer","code":"X"}',
      ),
    ).toBe(true);
    expect(pattern.test('{"type":"https://x/bad-request","status":401,"detail":"x"}')).toBe(false);
    expect(outputPattern(['{"errcode":0}']).test('{"errcode":0,"more":1}')).toBe(false);
  });

  it('reads what a program block says it prints from its console.log comments', () => {
    const program = codeBlocks('page.md', PAGE)[3];
    if (!program) throw new Error('no block');
    expect(documentedPrints(program)).toEqual(['[...]']);
  });
});
