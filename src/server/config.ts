import { z } from 'zod';
import { resolve } from 'node:path';

/**
 * The only reader of process.env. Everything else receives a Config.
 * Fails fast with a readable list of what is wrong.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
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
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    demoMode,
    demoSeed: e.DEMO_SEED,
    demoChildren: e.DEMO_CHILDREN,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    logLevel: e.LOG_LEVEL,
    staffOidc: oidc('STAFF'),
    residentOidc: oidc('RESIDENT'),
    oidcAllowInsecure: e.OIDC_ALLOW_INSECURE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importBodyLimitBytes: e.IMPORT_BODY_LIMIT_BYTES,
  };
}
