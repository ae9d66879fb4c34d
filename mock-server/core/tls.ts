/**
 * TLS material for --https: a self-signed certificate generated at start (devices on a LAN carry one, so
 * clients must be able to trust or pin it), or a certificate and key read from files. Generation happens
 * only when asked for, so a plain HTTP start stays fast.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';

/** A certificate and its private key, PEM. */
export interface TlsMaterial {
  readonly cert: string;
  readonly key: string;
}

/** Names the generated certificate always covers, besides the bind address. */
const ALWAYS = ['localhost', '127.0.0.1', '::1'];

/** A fresh self-signed certificate (EC P-256, SHA-256, one year) for `host` and the loopback names. */
export async function selfSignedCertificate(host: string): Promise<TlsMaterial> {
  const names = [
    ...new Set([...ALWAYS, host].filter((name) => name !== '0.0.0.0' && name !== '::')),
  ];
  // loaded here, not at the top: selfsigned and its ASN.1 stack take ~80 ms to load, and only --https needs them
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'pbx-mock-kit' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: names.map((name) =>
          isIP(name) ? { type: 7, ip: name } : { type: 2, value: name },
        ),
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * Reads a PEM certificate and key; throws an Error whose message names the file at fault (unreadable, not
 * PEM, or a key that is not the certificate's: TLS would otherwise fail at listen with an OpenSSL code).
 */
export function readCertificate(certFile: string, keyFile: string): TlsMaterial {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(
        `cannot read the ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  };
  const material = { cert: read(certFile, 'certificate'), key: read(keyFile, 'key') };
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(material.cert);
  } catch {
    throw new Error(`${certFile} is not a PEM certificate`);
  }
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(material.key);
  } catch {
    throw new Error(
      `${keyFile} is not a PEM private key (an encrypted key needs its passphrase removed)`,
    );
  }
  if (!certificate.checkPrivateKey(key)) {
    throw new Error(`${keyFile} is not the private key of ${certFile}`);
  }
  return material;
}

/** The SHA-256 fingerprint of a PEM certificate, for the start-up banner (clients can pin it). */
export function fingerprint(cert: string): string {
  return new X509Certificate(cert).fingerprint256;
}
