import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { sql } from 'kysely';
import type { Config, OidcClientConfig } from '../../config.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { findUserByExternalSubject } from './auth.repository.js';
import { pidDigest } from './pid.js';
import { createSession, hashToken, openIdToken, type SessionRecord } from './sessions.js';
import { safeReturnTo } from '../../../contracts/return-to.js';

export type LoginKind = 'staff' | 'resident';

/** How long a started login may take before its state is refused (also the binding cookie's lifetime). */
export const LOGIN_STATE_MINUTES = 10;
/** ID-porten's assurance levels we accept for residents; substantial is what we ask for. */
const RESIDENT_ACR_ACCEPTED = new Set(['idporten-loa-substantial', 'idporten-loa-high']);
const RESIDENT_ACR_REQUESTED = 'idporten-loa-substantial';
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** The outcome of a callback: where to send the browser, and the new session if one was made. */
export type CallbackResult =
  | { ok: true; redirectTo: string; session: { token: string } }
  | { ok: false; redirectTo: string };

const providerUnavailable = () =>
  new AppError(503, 'identity_provider_unavailable', 'The identity provider cannot be reached. Try again in a little while.');

// One rule for the return address after login, shared with the login page.
export { safeReturnTo };

// undici's fetch fails with TypeError('fetch failed'); openid-client's timeout aborts the request.
const isNetworkFailure = (err: unknown) =>
  (err instanceof TypeError && err.message === 'fetch failed') ||
  (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'));

const loginError = (code: string) => `/login?error=${code}`;

const sameHash = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * OpenID Connect login with openid-client: code flow with PKCE, state and nonce, the state kept
 * server-side (one use, ten minutes). Discovery runs lazily once per provider and is cached;
 * a failed discovery is forgotten so the next login tries again.
 */
export class OidcService {
  private readonly discovered = new Map<LoginKind, Promise<client.Configuration>>();

  constructor(private readonly config: Config, private readonly db: Db) {}

  providerConfig(kind: LoginKind): OidcClientConfig | undefined {
    return kind === 'staff' ? this.config.staffOidc : this.config.residentOidc;
  }

  redirectUri(kind: LoginKind): string {
    return new URL(`/api/auth/${kind}/callback`, this.config.publicUrl).toString();
  }

  private async client(kind: LoginKind): Promise<client.Configuration> {
    const provider = this.providerConfig(kind);
    if (!provider) throw new AppError(404, 'not_found', 'Not found');
    let pending = this.discovered.get(kind);
    if (!pending) {
      pending = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        execute: this.config.oidcAllowInsecure ? [client.allowInsecureRequests] : [],
      });
      this.discovered.set(kind, pending);
      pending.catch(() => this.discovered.delete(kind));
    }
    try {
      return await pending;
    } catch {
      throw providerUnavailable();
    }
  }

  /**
   * Starts a login: stores state, PKCE verifier, nonce and the hash of a browser binding, and
   * returns the provider's URL plus the binding, which the caller puts in a cookie: only the
   * browser that started the login can finish it.
   */
  async startLogin(kind: LoginKind, returnTo: string | undefined, lang: 'nb' | 'nn' | 'en' = 'nb'): Promise<{ url: string; browserBinding: string }> {
    const oidc = await this.client(kind);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const browserBinding = randomBytes(32).toString('base64url');
    await this.deleteStaleStates();
    await this.db
      .insertInto('oidc_login_states')
      .values({
        state, provider: kind, code_verifier: codeVerifier, nonce, return_to: safeReturnTo(returnTo),
        browser_binding: hashToken(browserBinding),
      })
      .execute();
    const params: Record<string, string> = {
      redirect_uri: this.redirectUri(kind),
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: lang,
    };
    if (kind === 'resident') params.acr_values = RESIDENT_ACR_REQUESTED;
    return { url: client.buildAuthorizationUrl(oidc, params).toString(), browserBinding };
  }

  /**
   * Finishes a login from the callback's query string. Every failure that the browser can cause
   * (unknown or replayed state, the provider's error, a bad code, an unknown user) ends in a
   * redirect to the login page with a code, never in a session and never in a 500.
   * `browserBinding` is the value of the binding cookie set when this browser started the login;
   * a callback opened in any other browser (login CSRF) is refused.
   */
  async finishLogin(kind: LoginKind, query: URLSearchParams, browserBinding: string | undefined): Promise<CallbackResult> {
    const oidc = await this.client(kind);
    const stateParam = query.get('state');
    const saved = stateParam ? await this.takeState(kind, stateParam) : undefined;
    if (!saved) return { ok: false, redirectTo: loginError('login_expired') };
    if (!browserBinding || !sameHash(hashToken(browserBinding), saved.browser_binding)) {
      return { ok: false, redirectTo: loginError('login_failed') };
    }
    if (query.get('error') === 'access_denied') return { ok: false, redirectTo: loginError('login_cancelled') };

    const currentUrl = new URL(this.redirectUri(kind));
    currentUrl.search = query.toString();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(oidc, currentUrl, {
        pkceCodeVerifier: saved.code_verifier,
        expectedState: saved.state,
        expectedNonce: saved.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      // A network failure towards the provider is its unavailability; anything else is a failed login.
      if (isNetworkFailure(err)) throw providerUnavailable();
      return { ok: false, redirectTo: loginError('login_failed') };
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return { ok: false, redirectTo: loginError('login_failed') };

    if (kind === 'staff') {
      const subjectClaim = this.config.staffOidc!.subjectClaim;
      const subject = claims[subjectClaim];
      if (typeof subject !== 'string' || subject === '') return { ok: false, redirectTo: loginError('login_failed') };
      const user = await findUserByExternalSubject(this.db, subject);
      if (!user) return { ok: false, redirectTo: loginError('unknown_user') };
      const s = await createSession(this.db, { kind: 'staff', tenantId: user.tenant_id, userId: user.id, via: 'oidc', idToken: tokens.id_token }, this.config.sessionIdleMinutes);
      return { ok: true, redirectTo: saved.return_to, session: s };
    }

    const pid = claims.pid;
    if (typeof pid !== 'string' || !/^\d{11}$/.test(pid)) return { ok: false, redirectTo: loginError('login_failed') };
    if (typeof claims.acr !== 'string' || !RESIDENT_ACR_ACCEPTED.has(claims.acr)) {
      return { ok: false, redirectTo: loginError('insufficient_assurance') };
    }
    const pidHash = pidDigest(this.config, pid);
    const s = await createSession(this.db, { kind: 'resident', pidHash, via: 'oidc', idToken: tokens.id_token }, this.config.sessionIdleMinutes);
    return { ok: true, redirectTo: saved.return_to, session: s };
  }

  /**
   * Where the browser goes to end the provider's session too, or null when there is nothing to
   * end there. Local logout never waits on the provider: if it cannot be reached, null.
   */
  async endSessionUrl(session: SessionRecord | null, cookieToken: string | undefined): Promise<string | null> {
    if (!session || session.via !== 'oidc' || !cookieToken || !this.providerConfig(session.kind)) return null;
    const idToken = openIdToken(cookieToken, session.sealedIdToken);
    if (!idToken) return null;
    let oidc: client.Configuration;
    try {
      oidc = await this.client(session.kind);
    } catch {
      return null;
    }
    if (!oidc.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(oidc, { id_token_hint: idToken, post_logout_redirect_uri: new URL('/', this.config.publicUrl).toString() })
      .toString();
  }

  /** Consumes a login state: deleted on first use, so a replay finds nothing. */
  private async takeState(kind: LoginKind, state: string) {
    const row = await this.db
      .deleteFrom('oidc_login_states')
      .where('state', '=', state)
      .where('provider', '=', kind)
      .returningAll()
      .executeTakeFirst();
    if (!row || row.created_at.getTime() < Date.now() - LOGIN_STATE_MINUTES * 60_000) return undefined;
    return row;
  }

  private async deleteStaleStates(): Promise<void> {
    await this.db
      .deleteFrom('oidc_login_states')
      .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${LOGIN_STATE_MINUTES})`)
      .execute();
  }
}
