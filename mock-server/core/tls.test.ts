import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCertificate, selfSignedCertificate } from './tls.js';

describe('readCertificate (--cert/--key)', () => {
  it('reads a matching pair, and names the key file when it is not PEM or not the certificate’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pbx-mock-tls-'));
    const [one, two] = await Promise.all([
      selfSignedCertificate('127.0.0.1'),
      selfSignedCertificate('127.0.0.1'),
    ]);
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const cert = file('one.crt', one.cert);
    expect(readCertificate(cert, file('one.key', one.key))).toEqual(one);
    const other = file('two.key', two.key);
    expect(() => readCertificate(cert, other)).toThrow(
      `${other} is not the private key of ${cert}`,
    );
    const junk = file('junk.key', 'not a key\n');
    expect(() => readCertificate(cert, junk)).toThrow(`${junk} is not a PEM private key`);
  });
});
