import type { DocumentDetail, DocumentSummary, DocumentVersion } from '../../../contracts/library.js';
import type { DocumentRow, VersionHead } from './library.repository.js';

/** Rows → the editors' contract shapes. `versions` are the document's own, newest first. */

/** What a summary needs of a version: its draft and its newest published version will do. */
type SummaryHead = Pick<VersionHead, 'status' | 'title' | 'version_no' | 'published_at'>;

const iso = (d: Date) => d.toISOString();

/** `body` is the version's text when it was read ('' when not: see documentVersion.body). */
export function presentVersion(v: Omit<VersionHead, 'document_id'>, body: string): DocumentVersion {
  return {
    id: v.id,
    versionNo: v.version_no,
    title: v.title,
    summary: v.summary,
    body,
    changeNote: v.change_note,
    status: v.status,
    publishedAt: v.published_at ? iso(v.published_at) : null,
    publishedBy: v.published_by_name ?? null,
    // schema.ts wraps created_at in Generated<Timestamp>, whose selected type is not Date; the value is one.
    createdAt: iso(v.created_at as unknown as Date),
    file: v.file_name ? { name: v.file_name, type: v.file_type ?? '', size: v.file_size ?? 0 } : null,
    version: v.version,
    language: v.language,
  };
}

export function presentSummary(d: DocumentRow, versions: readonly SummaryHead[], today: string): DocumentSummary {
  const current = versions.find((v) => v.status === 'published');
  const draft = versions.find((v) => v.status === 'draft');
  const archived = d.archived_at !== null;
  return {
    id: d.id,
    slug: d.slug,
    kind: d.kind,
    title: (current ?? draft)?.title ?? '',
    owner: d.owner_id ? { id: d.owner_id, name: d.owner_name ?? '' } : null,
    reviewDue: d.review_due,
    reviewOverdue: isReviewOverdue(d.review_due, archived, today),
    currentVersionNo: current?.version_no ?? null,
    publishedAt: current?.published_at ? iso(current.published_at) : null,
    hasDraft: draft !== undefined,
    archived,
    version: d.version,
  };
}

export function presentDetail(d: DocumentRow, versions: VersionHead[], bodies: ReadonlyMap<string, string>, today: string): DocumentDetail {
  return { ...presentSummary(d, versions, today), versions: versions.map((v) => presentVersion(v, bodies.get(v.id) ?? '')) };
}

/** The versions whose text the editor shows: the draft (edited) and the current one (a new draft starts from it). */
export function versionsWithBody(versions: readonly Pick<VersionHead, 'id' | 'status'>[]): string[] {
  const draft = versions.find((v) => v.status === 'draft');
  const current = versions.find((v) => v.status === 'published');
  return [draft, current].flatMap((v) => (v ? [v.id] : []));
}

/** Past review: the review date is before today (Europe/Oslo) and the document is still in use. */
export function isReviewOverdue(reviewDue: string | null, archived: boolean, today: string): boolean {
  return !archived && reviewDue !== null && reviewDue < today;
}
