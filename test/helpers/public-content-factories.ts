import type { Db } from '../../src/server/platform/db/database.js';
import type { GuideStepKind } from '../../src/contracts/guide.js';
import type { DocumentKind } from '../../src/contracts/library.js';
import { sortKey } from '../../src/server/platform/text/sort-key.js';

/**
 * Guide steps and library documents through the owner connection, for tests of what readers
 * see. Versions are numbered in the order given; a version is published unless `draft`.
 */
export async function buildDocument(
  db: Db,
  tenantId: string,
  v: {
    slug: string; kind: DocumentKind; archived?: boolean;
    versions: { title: string; summary?: string; body?: string; changeNote?: string; publishedAt?: string; draft?: boolean; language?: 'nb' | 'nn' | 'en';
      file?: { name: string; type: string; content: Buffer } }[];
  },
) {
  const doc = await db
    .insertInto('documents')
    .values({ tenant_id: tenantId, slug: v.slug, kind: v.kind, sort_key: sortKey(v.versions[0]?.title ?? v.slug), archived_at: v.archived ? new Date() : null })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
  let n = 0;
  for (const version of v.versions) {
    n += 1;
    await db
      .insertInto('document_versions')
      .values({
        tenant_id: tenantId, document_id: doc.id, version_no: n, title: version.title, summary: version.summary ?? '',
        body: version.body ?? '', change_note: version.changeNote ?? '',
        status: version.draft ? 'draft' : 'published', language: version.language ?? 'nb',
        published_at: version.draft ? null : new Date(version.publishedAt ?? Date.now() - (v.versions.length - n) * 86_400_000),
        file_name: version.file?.name ?? null, file_type: version.file?.type ?? null,
        file_size: version.file?.content.length ?? null, file_content: version.file?.content ?? null,
      })
      .execute();
  }
  return doc;
}

export async function buildGuideStep(
  db: Db,
  tenantId: string,
  v: {
    key: string; level: number; kind: GuideStepKind; position?: number; title: string; titleEn?: string; body?: string; who?: string;
    choices?: { label: string; labelEn?: string; to: string }[]; documentIds?: string[];
  },
) {
  const text = { title: v.title, body: v.body ?? '', who: v.who ?? '' };
  return db
    .insertInto('guide_steps')
    .values({
      tenant_id: tenantId, key: v.key, level: v.level, kind: v.kind, position: v.position ?? 0,
      content: JSON.stringify({ nb: text, nn: null, en: v.titleEn ? { ...text, title: v.titleEn } : null }),
      choices: JSON.stringify((v.choices ?? []).map((c) => ({ label: { nb: c.label, nn: null, en: c.labelEn ?? null }, to: c.to }))),
      document_ids: v.documentIds ?? [],
    })
    .returning(['id', 'key'])
    .executeTakeFirstOrThrow();
}
