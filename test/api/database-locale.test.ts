import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DatabaseLocaleError, openDatabase } from '../../src/server/platform/db/database.js';

const serverUrl = process.env.TEST_DATABASE_URL;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Under a C ctype PostgreSQL reads æ, ø, å as non-letters: Norwegian search would silently miss.
describe.runIf(serverUrl)('a PostgreSQL database whose LC_CTYPE cannot read Norwegian letters', () => {
  it('is refused when opened, with what to do instead; a UTF-8 one opens', async () => {
    const name = `samla_locale_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'`));
    try {
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      const opening = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
      await expect(opening).rejects.toBeInstanceOf(DatabaseLocaleError);
      await expect(opening).rejects.toThrow(`The database ${name} has LC_CTYPE C and encoding UTF8`);
      await expect(opening).rejects.toThrow(/LC_CTYPE 'nb_NO\.UTF-8'/);

      const ok = await openDatabase({ kind: 'postgres', url: serverUrl!, poolSize: 1 });
      await ok.close();
    } finally {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });
});
