import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from '../../../lambdas/channels/whatsapp/signature';
import { fixtureText } from './helpers/fixtures';

const SECRET = 'app-secret-for-tests';
const raw = fixtureText('webhook-text-message.json');

describe('verifySignature', () => {
  it('accepts a valid signature over the raw string and the same bytes as a Buffer', () => {
    const header = signBody(raw, SECRET);
    expect(verifySignature(raw, header, SECRET)).toBe(true);
    expect(verifySignature(Buffer.from(raw, 'utf8'), header, SECRET)).toBe(true);
  });

  it('matches a published HMAC-SHA256 test vector', () => {
    const header = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
    expect(signBody('Hello, World!', "It's a Secret to Everybody")).toBe(header);
    expect(verifySignature('Hello, World!', header, "It's a Secret to Everybody")).toBe(true);
  });

  it('accepts upper-case hex digits', () => {
    const header = signBody(raw, SECRET);
    expect(verifySignature(raw, 'sha256=' + header.slice(7).toUpperCase(), SECRET)).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifySignature(raw, signBody(raw, 'other-secret'), SECRET)).toBe(false);
  });

  it('rejects a missing or empty header', () => {
    expect(verifySignature(raw, undefined, SECRET)).toBe(false);
    expect(verifySignature(raw, '', SECRET)).toBe(false);
    expect(verifySignature(raw, 'sha256=', SECRET)).toBe(false);
  });

  it('rejects a wrong prefix or algorithm', () => {
    const hex = signBody(raw, SECRET).slice('sha256='.length);
    expect(verifySignature(raw, hex, SECRET)).toBe(false);
    expect(verifySignature(raw, `sha1=${hex}`, SECRET)).toBe(false);
  });

  it('rejects digests of the wrong length and non-hex digests without throwing', () => {
    const header = signBody(raw, SECRET);
    expect(verifySignature(raw, header.slice(0, -2), SECRET)).toBe(false);
    expect(verifySignature(raw, header + '00', SECRET)).toBe(false);
    expect(verifySignature(raw, `sha256=${'z'.repeat(64)}`, SECRET)).toBe(false);
    expect(verifySignature(raw, `sha256=${'ab'.repeat(16)}`, SECRET)).toBe(false);
  });

  it('rejects a body that differs by one byte', () => {
    const header = signBody(raw, SECRET);
    const bytes = Buffer.from(raw, 'utf8');
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 1;
    expect(verifySignature(bytes, header, SECRET)).toBe(false);
  });

  it('rejects re-serialised JSON (same data, different spacing): verify the raw bytes', () => {
    const header = signBody(raw, SECRET);
    const reserialised = JSON.stringify(JSON.parse(raw) as unknown);
    expect(reserialised).not.toBe(raw);
    expect(verifySignature(reserialised, header, SECRET)).toBe(false);
  });

  it('rejects the same text in another encoding', () => {
    const text = '{"body":"مرحبا héllo"}';
    const header = signBody(text, SECRET);
    expect(verifySignature(Buffer.from(text, 'latin1'), header, SECRET)).toBe(false);
    expect(verifySignature(Buffer.from(text, 'utf8'), header, SECRET)).toBe(true);
  });

  it('refuses to run with an empty app secret (would fail open)', () => {
    expect(() => verifySignature(raw, signBody(raw, 'x'), '')).toThrow(TypeError);
    expect(() => signBody(raw, '')).toThrow(TypeError);
  });
});
