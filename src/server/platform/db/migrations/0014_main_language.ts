import { sql, type Kysely } from 'kysely';

/**
 * The municipality's main language (issue 9, item 4): bokmål or nynorsk, the language its public
 * pages and staff app default to and its main texts are written in. And the language a library
 * document's version is written in, so that a document can have versions in nynorsk, bokmål and
 * English. Existing municipalities and versions are bokmål, as they were written.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN main_language text NOT NULL DEFAULT 'nb'
      CONSTRAINT tenants_main_language_check CHECK (main_language IN ('nb', 'nn'))`.execute(db);
  await sql`ALTER TABLE document_versions ADD COLUMN language text NOT NULL DEFAULT 'nb'
      CONSTRAINT document_versions_language_check CHECK (language IN ('nb', 'nn', 'en'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE document_versions DROP COLUMN language`.execute(db);
  await sql`ALTER TABLE tenants DROP COLUMN main_language`.execute(db);
}
