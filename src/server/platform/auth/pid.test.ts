import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_PID_HMAC_KEY, loadConfig } from '../../config.js';
import { pidDigest } from './pid.js';

const PID = '01017012345';
const KEY_A = 'a'.repeat(32);
const KEY_B = 'b'.repeat(32);
const resident = { RESIDENT_OIDC_ISSUER: 'https://idporten.example', RESIDENT_OIDC_CLIENT_ID: 'samla' };

describe('pidDigest', () => {
  it('is a keyed digest: stable per key, different across keys, never the plain hash', () => {
    const a = pidDigest({ pidHmacKey: KEY_A }, PID);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(pidDigest({ pidHmacKey: KEY_A }, PID)).toBe(a);
    expect(pidDigest({ pidHmacKey: KEY_B }, PID)).not.toBe(a);
    expect(a).not.toBe(createHash('sha256').update(PID).digest('hex'));
  });

  it('refuses to run without a key', () => {
    expect(() => pidDigest({ pidHmacKey: undefined }, PID)).toThrow(/PID_HMAC_KEY/);
  });
});

describe('PID_HMAC_KEY in the configuration', () => {
  it('uses the fixed development key outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).pidHmacKey).toBe(DEVELOPMENT_PID_HMAC_KEY);
    expect(loadConfig({ NODE_ENV: 'test', PID_HMAC_KEY: KEY_A }).pidHmacKey).toBe(KEY_A);
  });

  it('is required in production when residents can log in, and must be long and not the development key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...resident })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', ...resident, PID_HMAC_KEY: 'short' })).toThrow(/PID_HMAC_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...resident, PID_HMAC_KEY: DEVELOPMENT_PID_HMAC_KEY })).toThrow(/development key/);
    expect(loadConfig({ NODE_ENV: 'production', ...resident, PID_HMAC_KEY: KEY_A }).pidHmacKey).toBe(KEY_A);
    // Without ID-porten nothing digests a pid yet, and nothing gets a development key in production.
    expect(loadConfig({ NODE_ENV: 'production' }).pidHmacKey).toBeUndefined();
  });
});

describe('TRUST_PROXY in the configuration', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.1,loopback', ['10.0.0.0/8', '192.168.1.1', 'loopback']],
    ['fd00::/8', ['fd00::/8']],
  ])('%s → %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  // A hop count included: Fastify 5 ignores it, as it cannot tell a proxy from a direct client.
  it.each(['1', 'yes-please', '10.0.0.0/33', '10.0.0.1/8/1', 'example.com', '1.2.3'])('refuses %s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});
