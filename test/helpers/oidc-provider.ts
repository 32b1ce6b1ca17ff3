import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (oidc-provider) for tests and the browser journey, on 127.0.0.1.
 * Two clients: staff (like Entra ID / Feide) and residents (like ID-porten: a `pid` claim and
 * an `acr` level). Its login page is a minimal form: the username is the account's subject for
 * staff and the national ID number for residents; consent is granted automatically.
 */
export interface TestOidcProvider {
  issuer: string;
  staff: { clientId: string; clientSecret: string };
  resident: { clientId: string; clientSecret: string };
  /** Environment for loadConfig/createTestApp pointing the app at this provider. */
  appEnv: Record<string, string>;
  /** How often the discovery document was fetched (the app should do it once per client). */
  discoveryRequests(): number;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The app's public base URL: callbacks and the post-logout address are registered under it. */
  appUrl: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Prefilled in the login form (the browser journey just presses «Logg inn»). */
  defaultLogin?: string;
  /** Fixed client secrets, for a provider started apart from the app (the browser journey). */
  clientSecrets?: { staff: string; resident: string };
}

export const TEST_RESIDENT_ACR = 'idporten-loa-substantial';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startOidcProvider(options: StartOptions): Promise<TestOidcProvider> {
  const appUrl = options.appUrl.replace(/\/$/, '');
  const staff = { clientId: 'samla-staff', clientSecret: options.clientSecrets?.staff ?? randomBytes(16).toString('hex') };
  const resident = { clientId: 'samla-resident', clientSecret: options.clientSecrets?.resident ?? randomBytes(16).toString('hex') };
  // Resident accounts: the subject is an opaque id, as in ID-porten; the pid claim is the number.
  const residentPids = new Map<string, string>();

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const clientFor = (c: { clientId: string; clientSecret: string }, kind: 'staff' | 'resident') => ({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uris: [`${appUrl}/api/auth/${kind}/callback`],
    post_logout_redirect_uris: [`${appUrl}/`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  });

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [clientFor(staff, 'staff'), clientFor(resident, 'resident')],
    jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub', 'pid'], profile: ['name'] },
    // ID-porten puts pid in the ID token; without this, scope claims would go to userinfo only.
    conformIdTokenClaims: false,
    acrValues: ['idporten-loa-substantial', 'idporten-loa-high', 'idporten-loa-low'],
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Auto-submits: the journey should not have to confirm the provider's logout.
        logoutSource(ctx: { body: string }, form: string) {
          ctx.body = page('Logg ut', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Logg ut</button>` +
            `<script>document.querySelector('button').click()</script>`);
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, id: string) {
      const pid = residentPids.get(id);
      return { accountId: id, claims: async () => ({ sub: id, ...(pid ? { pid } : {}) }) };
    },
    // First-party clients: consent is implied, as it is for the municipality's own login.
    async loadExistingGrant(ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor(c: string): string | undefined }; result?: { consent?: { grantId?: string } }; provider: Provider };
    }) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });

  const oidcCallback = provider.callback();
  const interaction = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      const isResident = details.params.client_id === resident.clientId;
      const acr = typeof details.params.acr_values === 'string' ? details.params.acr_values.split(' ')[0]! : '';
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page('Testinnlogging', `<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">` +
        `<p><label for="login">${isResident ? 'Fødselsnummer' : 'Brukernavn'}</label> ` +
        `<input id="login" name="login" autocomplete="username" value="${escapeHtml(options.defaultLogin ?? '')}"></p>` +
        `<input type="hidden" name="acr" value="${escapeHtml(acr)}">` +
        `<button type="submit">Logg inn</button></form>`));
      return;
    }
    if (req.method === 'POST' && path.endsWith('/login')) {
      const form = await readForm(req);
      const login = form.get('login')?.trim() ?? '';
      if (!login) {
        res.statusCode = 400;
        res.end('login is required');
        return;
      }
      let accountId = login;
      if (details.params.client_id === resident.clientId) {
        accountId = `idporten-${createHash('sha256').update(login).digest('hex').slice(0, 24)}`;
        residentPids.set(accountId, login);
      }
      const acr = form.get('acr') || undefined;
      await provider.interactionFinished(req, res, { login: { accountId, ...(acr ? { acr } : {}) } }, { mergeWithLastSubmission: false });
      return;
    }
    res.statusCode = 405;
    res.end();
  };

  let discoveryRequests = 0;
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path === '/.well-known/openid-configuration') discoveryRequests++;
    if (!path.startsWith('/interaction/')) return oidcCallback(req, res);
    interaction(req, res, path).catch(() => {
      // Expired or unknown interactions: the provider's own state is gone; say so briefly.
      if (!res.headersSent) res.statusCode = 400;
      res.end('interaction failed');
    });
  });

  return {
    issuer,
    staff,
    resident,
    appEnv: {
      STAFF_OIDC_ISSUER: issuer,
      STAFF_OIDC_CLIENT_ID: staff.clientId,
      STAFF_OIDC_CLIENT_SECRET: staff.clientSecret,
      RESIDENT_OIDC_ISSUER: issuer,
      RESIDENT_OIDC_CLIENT_ID: resident.clientId,
      RESIDENT_OIDC_CLIENT_SECRET: resident.clientSecret,
      OIDC_ALLOW_INSECURE: 'true',
      PUBLIC_URL: appUrl,
    },
    discoveryRequests: () => discoveryRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
