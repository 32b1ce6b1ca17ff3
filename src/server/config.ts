import { z } from 'zod';
import { resolve } from 'node:path';
import { isIP } from 'node:net';

/**
 * The only reader of process.env. Everything else receives a Config.
 * Fails fast with a readable list of what is wrong.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Fastify's trustProxy: false (the default: the socket's address is the client), true (trust
 * every hop), or a comma list of proxy addresses/CIDRs (proxy-addr's names loopback, linklocal
 * and uniquelocal included). Without a proxy in front, trusting
 * X-Forwarded-For lets anyone choose their own address and dodge the login rate limit.
 */
export type TrustProxy = boolean | string[];
const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (proxyNames.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
};
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): TrustProxy => {
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) {
      // Fastify 5 ignores hop counts (it cannot check who the nearest hop is); say so instead of failing silently.
      ctx.addIssue({ code: 'custom', message: 'a hop count is not supported: name the proxy addresses/CIDRs (or true)' });
      return z.NEVER;
    }
    const list = v.split(',').map((a) => a.trim()).filter(Boolean);
    const bad = list.filter((a) => !isProxyAddress(a));
    if (list.length && !bad.length) return list;
    ctx.addIssue({ code: 'custom', message: 'expected true, false, a hop count, or a comma list of IP addresses/CIDRs' });
    return z.NEVER;
  });

/** A fixed key for development and tests only; production must set PID_HMAC_KEY (see loadConfig). */
export const DEVELOPMENT_PID_HMAC_KEY = 'samla-development-pid-hmac-key-not-for-production';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DEMO_MODE: bool.optional(),
  DEMO_SEED: z.coerce.number().int().default(2026),
  DEMO_CHILDREN: z.coerce.number().int().min(0).default(600),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STAFF_OIDC_ISSUER: z.url().optional(),
  STAFF_OIDC_CLIENT_ID: z.string().optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().optional(),
  STAFF_OIDC_SUBJECT_CLAIM: z.string().default('sub'),
  RESIDENT_OIDC_ISSUER: z.url().optional(),
  RESIDENT_OIDC_CLIENT_ID: z.string().optional(),
  RESIDENT_OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_ALLOW_INSECURE: bool.default(false),
  PID_HMAC_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUST_PROXY: trustProxy.default(false),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  IMPORT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(20 * 1_048_576),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoMode: boolean;
  demoSeed: number;
  demoChildren: number;
  sessionIdleMinutes: number;
  logLevel: string;
  staffOidc: OidcClientConfig | undefined;
  residentOidc: OidcClientConfig | undefined;
  oidcAllowInsecure: boolean;
  /** Key of the HMAC that turns a national ID number into the stored digest (platform/auth/pid.ts). */
  pidHmacKey: string | undefined;
  trustProxy: TrustProxy;
  loginRateLimitPerMinute: number;
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
};

export type OidcClientConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  subjectClaim: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // Demo mode is on by default outside production so that `npm start` shows something;
  // in production it must be asked for explicitly.
  const demoMode = e.DEMO_MODE ?? !production;
  const oidc = (prefix: 'STAFF' | 'RESIDENT'): OidcClientConfig | undefined => {
    const issuer = e[`${prefix}_OIDC_ISSUER`];
    const clientId = e[`${prefix}_OIDC_CLIENT_ID`];
    if (!issuer && !clientId) return undefined;
    if (!issuer || !clientId) {
      throw new ConfigError(`Invalid configuration:\n  ${prefix}_OIDC_ISSUER and ${prefix}_OIDC_CLIENT_ID must be set together`);
    }
    return {
      issuer,
      clientId,
      clientSecret: e[`${prefix}_OIDC_CLIENT_SECRET`],
      subjectClaim: prefix === 'RESIDENT' ? 'pid' : e.STAFF_OIDC_SUBJECT_CLAIM,
    };
  };
  if (production && e.OIDC_ALLOW_INSECURE) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ALLOW_INSECURE is not allowed in production');
  }
  const residentOidc = oidc('RESIDENT');
  // A national ID number has only 11 digits: an unkeyed hash of it is reversed by trying them
  // all. In production the key must be the installation's own secret.
  if (production && e.PID_HMAC_KEY === DEVELOPMENT_PID_HMAC_KEY) {
    throw new ConfigError('Invalid configuration:\n  PID_HMAC_KEY must not be the development key in production');
  }
  if (production && residentOidc && !e.PID_HMAC_KEY) {
    throw new ConfigError('Invalid configuration:\n  PID_HMAC_KEY (at least 32 characters) is required in production when RESIDENT_OIDC_* is set');
  }
  const pidHmacKey = e.PID_HMAC_KEY ?? (production ? undefined : DEVELOPMENT_PID_HMAC_KEY);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // Demo login lets anyone act as the administrator: in demo mode listen on this machine only, unless told otherwise.
    host: e.HOST ?? (demoMode ? '127.0.0.1' : '0.0.0.0'),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    demoMode,
    demoSeed: e.DEMO_SEED,
    demoChildren: e.DEMO_CHILDREN,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    logLevel: e.LOG_LEVEL,
    staffOidc: oidc('STAFF'),
    residentOidc,
    oidcAllowInsecure: e.OIDC_ALLOW_INSECURE,
    pidHmacKey,
    trustProxy: e.TRUST_PROXY,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importBodyLimitBytes: e.IMPORT_BODY_LIMIT_BYTES,
  };
}
