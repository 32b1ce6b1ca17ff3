/**
 * The local OpenID provider for the browser journey, as its own process:
 *   OIDC_PORT=3101 APP_URL=http://127.0.0.1:3100 OIDC_SUB=demo:teacher-lia tsx test/e2e/oidc-provider-server.ts
 * Start the app with the environment this prints (STAFF_OIDC_*, RESIDENT_OIDC_*, OIDC_ALLOW_INSECURE).
 * The login form is prefilled with OIDC_SUB, so the journey only presses «Logg inn».
 * Test-only: fixed client secrets, http, in-memory state.
 */
import { startOidcProvider } from '../helpers/oidc-provider.js';

const port = Number(process.env.OIDC_PORT ?? 3101);
const appUrl = process.env.APP_URL ?? 'http://127.0.0.1:3100';
const sub = process.env.OIDC_SUB ?? 'demo:teacher-lia';

const provider = await startOidcProvider({
  appUrl,
  port,
  defaultLogin: sub,
  clientSecrets: { staff: 'samla-e2e-staff-secret', resident: 'samla-e2e-resident-secret' },
});
const { PUBLIC_URL: _publicUrl, ...env } = provider.appEnv;
console.log(`OIDC test provider at ${provider.issuer} for ${appUrl}`);
for (const [k, v] of Object.entries(env)) console.log(`${k}=${v}`);

const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
