import { sql, type Kysely } from 'kysely';

/**
 * Binds a started OpenID login to the browser that started it: the SHA-256 of a random value
 * that only that browser holds in a cookie. Without it, whoever opens a callback URL finishes
 * the login (login CSRF: a victim ends up logged in as the attacker). Logins in flight during
 * the upgrade have no binding and are dropped; their users simply log in again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM oidc_login_states`.execute(db);
  await sql`ALTER TABLE oidc_login_states ADD COLUMN browser_binding char(64) NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE oidc_login_states DROP COLUMN browser_binding`.execute(db);
}
