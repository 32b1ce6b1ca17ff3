import { createHmac } from 'node:crypto';
import type { Config } from '../../config.js';

/**
 * The stored stand-in for a national ID number (fødselsnummer / ID-porten's pid): HMAC-SHA256
 * under the installation's PID_HMAC_KEY, hex. A plain hash of 11 digits is reversed by trying
 * them all; without the key that is not possible. Everything that stores or matches a person
 * by national ID number (resident sessions, guardians) must use this one function, so that the
 * same person gives the same value everywhere.
 */
export function pidDigest(config: Pick<Config, 'pidHmacKey'>, pid: string): string {
  // loadConfig requires the key in production when residents can log in; reaching this without
  // one is a deployment mistake, not something a request can cause.
  if (!config.pidHmacKey) throw new Error('PID_HMAC_KEY is not configured');
  return createHmac('sha256', config.pidHmacKey).update(pid, 'utf8').digest('hex');
}
