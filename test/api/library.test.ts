import { describe, expect, it } from 'vitest';
import { libraryTestApp } from '../helpers/library-api.js';
import { buildTenant, buildUser, sessionHeaders } from '../helpers/factories.js';
import { withTenant } from '../../src/server/platform/db/database.js';
import {
  documentRefs, installPublishedDocument, publishedDocumentFile, publishedDocumentView, publishedDocuments,
} from '../../src/server/features/library/library.service.js';
import type { DocumentVersion } from '../../src/contracts/library.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

const { t, f, api, create, draftOf, publish, upload, fileOfVersion } = libraryTestApp();

describe('versions', () => {
  it('publishes v2 while v1 stays readable with its date; drafts are never public', async () => {
    const doc = await create({ slug: 'plan-for-overganger', title: 'Plan for overganger', body: 'Første **utgave**' });
    expect(doc.versions).toHaveLength(1);
    expect(doc).toMatchObject({ currentVersionNo: null, hasDraft: true, title: 'Plan for overganger', archived: false });
    expect(await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger')).toBeNull();

    const v1 = await publish(doc.id, draftOf(doc));
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({ currentVersionNo: 1, hasDraft: false });
    const firstDate = v1.json().versions[0].publishedAt as string;

    const v2draft = await api('POST', `/${doc.id}/versions`, { title: 'Plan for overganger 2025', body: 'Andre utgave', changeNote: 'Nye datoer' });
    expect(v2draft.statusCode).toBe(201);
    expect((await api('POST', `/${doc.id}/versions`, { title: 'En til' })).json().error.code).toBe('draft_exists');
    // The draft is the editors' alone.
    const beforeV2 = await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger');
    expect(beforeV2).toMatchObject({ versionNo: 1, isCurrent: true, title: 'Plan for overganger' });
    expect(beforeV2!.versions.map((v) => v.versionNo)).toEqual([1]);
    expect(await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger', 2)).toBeNull();

    await new Promise((r) => setTimeout(r, 5));
    const v2 = await publish(doc.id, draftOf(v2draft.json()));
    expect(v2.json()).toMatchObject({ currentVersionNo: 2, title: 'Plan for overganger 2025' });
    const current = await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger');
    expect(current).toMatchObject({ versionNo: 2, isCurrent: true, title: 'Plan for overganger 2025', changeNote: 'Nye datoer', bodyHtml: '<p>Andre utgave</p>\n' });
    expect(current!.versions.map((v) => [v.versionNo, v.publishedAt])).toEqual([[2, current!.publishedAt], [1, firstDate]]);
    expect(current!.publishedAt > firstDate).toBe(true);
    const old = await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger', 1);
    expect(old).toMatchObject({ versionNo: 1, isCurrent: false, title: 'Plan for overganger', publishedAt: firstDate });
    expect(old!.bodyHtml).toContain('<strong>utgave</strong>');
    expect(await publishedDocumentView(t.database.db, f.tenantId, 'plan-for-overganger', 3)).toBeNull();
  });

  it('carries the texts of the draft and the current version only; the list and the public page read no other', async () => {
    const doc = await create({ slug: 'tre-versjoner', title: 'Tre versjoner', body: 'Tekst en' });
    await publish(doc.id, draftOf(doc));
    const two = (await api('POST', `/${doc.id}/versions`, { title: 'Tre versjoner', body: 'Tekst to' })).json();
    await publish(doc.id, draftOf(two));
    const three = await api('POST', `/${doc.id}/versions`, { title: 'Tre versjoner', body: 'Tekst tre' });
    expect(three.statusCode).toBe(201);
    const detail = (await api('GET', `/${doc.id}`)).json() as { versions: DocumentVersion[] };
    expect(detail.versions.map((v) => [v.versionNo, v.status, v.body, v.title])).toEqual([
      [3, 'draft', 'Tekst tre', 'Tre versjoner'], [2, 'published', 'Tekst to', 'Tre versjoner'], [1, 'published', '', 'Tre versjoner'],
    ]);
    expect(three.json().versions.map((v: DocumentVersion) => v.body)).toEqual(['Tekst tre', 'Tekst to', '']);
    const listed = (await api('GET', '?q=tre-versjoner')).json();
    expect(listed.items).toEqual([expect.objectContaining({ currentVersionNo: 2, hasDraft: true, title: 'Tre versjoner' })]);
    // Each public page renders its own version's text.
    expect((await publishedDocumentView(t.database.db, f.tenantId, 'tre-versjoner'))!.bodyHtml).toBe('<p>Tekst to</p>\n');
    expect((await publishedDocumentView(t.database.db, f.tenantId, 'tre-versjoner', 1))!.bodyHtml).toBe('<p>Tekst en</p>\n');
  });

  it('never changes a published version', async () => {
    const doc = await create();
    const published = (await publish(doc.id, draftOf(doc))).json().versions[0];
    const put = await api('PUT', `/${doc.id}/versions/${published.id}`, { title: 'Endret', body: 'x', version: published.version });
    expect(put.statusCode).toBe(409);
    expect(put.json().error.code).toBe('version_published');
    expect((await upload(doc.id, published.id, PDF, 'application/pdf')).json().error.code).toBe('version_published');
    expect((await api('DELETE', `/${doc.id}/versions/${published.id}/file`)).statusCode).toBe(409);
    expect((await publish(doc.id, published)).json().error.code).toBe('version_published');
    expect(await fileOfVersion(published.id)).toMatchObject({ file_name: null, version: published.version });
  });

  it('checks the version the user saw', async () => {
    const doc = await create();
    const draft = draftOf(doc);
    const first = await api('PUT', `/${doc.id}/versions/${draft.id}`, { title: 'Ny tittel', version: draft.version });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Ny tittel' });
    const stale = await api('PUT', `/${doc.id}/versions/${draft.id}`, { title: 'Gammel', version: draft.version });
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await publish(doc.id, draft)).json().error.code).toBe('version_conflict');
    const patched = await api('PATCH', `/${doc.id}`, { reviewDue: '2030-01-01', version: doc.version });
    expect(patched.json()).toMatchObject({ reviewDue: '2030-01-01', version: doc.version + 1 });
    expect((await api('PATCH', `/${doc.id}`, { kind: 'plan', version: doc.version })).statusCode).toBe(409);
    const stalePut = await upload(doc.id, draft.id, PDF, 'application/pdf');
    expect(stalePut.statusCode).toBe(200);
    const ifMatch = await t.app.inject({
      method: 'PUT', url: `/api/content/documents/${doc.id}/versions/${draft.id}/file`, payload: PDF,
      headers: { ...f.coordinator, 'content-type': 'application/pdf', 'if-match': '"1"' },
    });
    expect(ifMatch.json().error.code).toBe('version_conflict');
  });

  it('publishes only a version with a page text or a file', async () => {
    const doc = await create({ body: '' });
    const r = await publish(doc.id, draftOf(doc));
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body', code: 'empty_version' })]);
    const withFile = (await upload(doc.id, draftOf(doc).id, PDF, 'application/pdf', 'skjema.pdf')).json();
    expect((await publish(doc.id, draftOf(withFile))).statusCode).toBe(200);
  });

  it('refuses changes to an archived document and takes it off the public list', async () => {
    const doc = await create({ slug: 'arkiveres', kind: 'guideline' });
    const published = (await publish(doc.id, draftOf(doc))).json();
    expect((await publishedDocuments(t.database.db, f.tenantId, { kind: 'guideline' })).map((d) => d.slug)).toContain('arkiveres');
    const archived = await api('PATCH', `/${doc.id}`, { archived: true, version: published.version });
    expect(archived.json()).toMatchObject({ archived: true });
    expect((await api('POST', `/${doc.id}/versions`, { title: 'Ny' })).json().error.code).toBe('document_archived');
    expect((await publishedDocuments(t.database.db, f.tenantId, { kind: 'guideline' })).map((d) => d.slug)).not.toContain('arkiveres');
    expect(await publishedDocumentView(t.database.db, f.tenantId, 'arkiveres')).toBeNull();
    const back = await api('PATCH', `/${doc.id}`, { archived: false, version: archived.json().version });
    expect(back.json()).toMatchObject({ archived: false });
  });
});

describe('input', () => {
  it('answers bad input field by field and writes nothing', async () => {
    const count = async () => Number((await t.database.db.selectFrom('documents').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = await api('POST', '', { slug: 'Ikke Gyldig', kind: 'poem', title: 'x', ownerId: 'nei', reviewDue: '2025-13-45', summary: 'y'.repeat(501) });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['body.slug', 'body.kind', 'body.title', 'body.ownerId', 'body.reviewDue', 'body.summary']));
    const employee = await buildUser(t.database.db, f.tenantId);
    const notCoordinator = await api('POST', '', { slug: 'eier', kind: 'plan', title: 'Plan', ownerId: employee.id, reviewDue: null });
    expect(notCoordinator.statusCode).toBe(400);
    expect(notCoordinator.json().error.fields[0]).toMatchObject({ path: 'ownerId', code: 'owner_not_coordinator' });
    const doc = await create({ slug: 'tatt' });
    const taken = await api('POST', '', { slug: 'tatt', kind: 'plan', title: 'Plan', ownerId: null, reviewDue: null });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'slug_taken', fields: [expect.objectContaining({ path: 'slug' })] });
    expect(await count()).toBe(before + 1);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api('GET', `/${unknown}`)).statusCode).toBe(404);
    expect((await api('GET', '/nei')).statusCode).toBe(400);
    expect((await api('PUT', `/${doc.id}/versions/${unknown}`, { title: 'Tittel', version: 1 })).statusCode).toBe(404);
    expect((await api('PATCH', `/${doc.id}`, { version: 0 })).statusCode).toBe(400);
    expect((await api('GET', '?cursor=bad')).json().error.fields[0].path).toBe('cursor');
  });

  it('refuses a change of nothing: a version alone is neither audited nor counted', async () => {
    const doc = await create();
    const audits = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n'))
      .where('entity_id', '=', doc.id).executeTakeFirstOrThrow()).n);
    const before = await audits();
    const empty = await api('PATCH', `/${doc.id}`, { version: doc.version });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'nothing_to_change', fields: [expect.objectContaining({ path: 'body', code: 'nothing_to_change' })] });
    expect(empty.json().error.message).toMatch(/kind, ownerId, reviewDue and archived/);
    expect(await audits()).toBe(before);
    expect((await api('GET', `/${doc.id}`)).json().version).toBe(doc.version);
    expect((await api('PATCH', `/${doc.id}`, { archived: false, version: doc.version })).statusCode).toBe(200);
  });

  it('answers a review date out of range and a cursor with a foreign id field by field', async () => {
    for (const reviewDue of ['0000-01-01', '1999-12-31', '2101-01-01']) {
      const r = await api('POST', '', { slug: 'dato', kind: 'plan', title: 'Plan', ownerId: null, reviewDue });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body.reviewDue', message: expect.stringMatching(/2000.+2100/) })]);
    }
    const doc = await create({ reviewDue: '2100-12-31' });
    expect(doc.reviewDue).toBe('2100-12-31');
    const patched = await api('PATCH', `/${doc.id}`, { reviewDue: '0000-01-01', version: doc.version });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.fields).toEqual([expect.objectContaining({ path: 'body.reviewDue' })]);
    for (const values of [['a', 'not-a-uuid'], ['a', 5], [5, '00000000-0000-4000-8000-000000000000']]) {
      const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
      const r = await api('GET', `?cursor=${cursor}`);
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({ code: 'invalid_cursor', fields: [expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' })] });
    }
  });

  it('stores script as text and renders it harmless', async () => {
    const doc = await create({ slug: 'skript', body: '<script>alert(1)</script> [klikk](javascript:alert(1)) <img src=x onerror=alert(1)>' });
    expect(draftOf(doc)).toBeDefined();
    expect(doc.versions[0].body).toContain('<script>');
    await publish(doc.id, draftOf(doc));
    const view = await publishedDocumentView(t.database.db, f.tenantId, 'skript');
    // The text stays text: no element, no link to follow.
    expect(view!.bodyHtml).not.toMatch(/<script|<img|<a\b|href=/i);
    expect(view!.bodyHtml).toContain('&lt;script&gt;');
  });
});

describe('lists and the functions other features call', () => {
  it('lists by title with filters and pages', async () => {
    const tenant = await buildTenant(t.database.db);
    const me = await buildUser(t.database.db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const headers = await sessionHeaders(t.database.db, me);
    for (const [slug, title, kind, reviewDue] of [
      ['cc', 'Årsplan', 'plan', '2001-01-01'], ['aa', 'Bekymringsskala', 'tool', null], ['bb', 'Ærlig samtale', 'template', '2099-01-01'],
    ] as const) {
      expect((await api('POST', '', { slug, kind, title, ownerId: me.id, reviewDue }, headers)).statusCode).toBe(201);
    }
    const page1 = (await api('GET', '?limit=2', undefined, headers)).json();
    expect(page1.items.map((d: { title: string }) => d.title)).toEqual(['Bekymringsskala', 'Ærlig samtale']);
    const page2 = (await api('GET', `?limit=2&cursor=${page1.nextCursor}`, undefined, headers)).json();
    expect(page2).toMatchObject({ items: [{ title: 'Årsplan', reviewOverdue: true, owner: { id: me.id } }], nextCursor: null });
    expect((await api('GET', '?kind=tool', undefined, headers)).json().items.map((d: { slug: string }) => d.slug)).toEqual(['aa']);
    expect((await api('GET', '?reviewOverdue=true', undefined, headers)).json().items.map((d: { slug: string }) => d.slug)).toEqual(['cc']);
    expect((await api('GET', '?reviewOverdue=false', undefined, headers)).json().items).toHaveLength(3);
    expect((await api('GET', '?reviewOverdue=kanskje', undefined, headers)).json().error.fields[0].path).toBe('querystring.reviewOverdue');
    expect((await api('GET', '?q=ærlig', undefined, headers)).json().items.map((d: { slug: string }) => d.slug)).toEqual(['bb']);
  });

  it('installs a published document inside a transaction and resolves references for the guide', async () => {
    const tenant = await buildTenant(t.database.db);
    const db = t.database.db;
    const ids = await withTenant(db, tenant.id, async (trx) => ({
      form: (await installPublishedDocument(trx, tenant.id, {
        slug: 'observasjonsskjema', kind: 'tool', title: 'Observasjonsskjema', summary: 'Til bruk i barnehage og skole', body: '# Skjema',
        file: { name: 'observasjonsskjema.pdf', type: 'application/pdf', content: PDF },
      })).id,
      plan: (await installPublishedDocument(trx, tenant.id, { slug: 'ressursteam', kind: 'plan', title: 'Ressursteam', summary: '', body: 'Mandat' })).id,
    }));
    const list = await publishedDocuments(db, tenant.id);
    expect(list.map((d) => [d.slug, d.versionNo, d.fileType])).toEqual([['observasjonsskjema', 1, 'application/pdf'], ['ressursteam', 1, null]]);
    expect((await publishedDocumentView(db, tenant.id, 'observasjonsskjema'))!.bodyHtml).toBe('<h2>Skjema</h2>\n');
    expect((await publishedDocumentFile(db, tenant.id, 'observasjonsskjema', 1))!.content.equals(PDF)).toBe(true);
    // A document of another tenant is not this tenant's to refer to.
    const foreign = await withTenant(db, f.tenantId, (trx) => installPublishedDocument(trx, f.tenantId, { slug: 'fremmed', kind: 'plan', title: 'Fremmed', summary: '', body: 'x' }));
    const refs = await withTenant(db, tenant.id, (trx) => documentRefs(trx, tenant.id, [ids.form, ids.plan, foreign.id, 'nei']));
    expect(Object.fromEntries(refs)).toEqual({
      [ids.form]: { slug: 'observasjonsskjema', title: 'Observasjonsskjema', kind: 'tool', fileType: 'application/pdf', language: 'nb' },
      [ids.plan]: { slug: 'ressursteam', title: 'Ressursteam', kind: 'plan', fileType: null, language: 'nb' },
    });
    expect(await publishedDocuments(db, tenant.id, { kind: 'plan' })).toHaveLength(1);
    expect(await publishedDocumentView(db, tenant.id, 'fremmed')).toBeNull();
  });
});

describe('the database keeps published versions', () => {
  it('refuses, for the app\'s role and the owner alike, to change or delete a published version; drafts stay free', async () => {
    const db = t.database.db;
    const doc = await create({ slug: 'fast-versjon', body: 'Slik var det' });
    const v1 = draftOf((await upload(doc.id, draftOf(doc).id, PDF, 'application/pdf', 'v1.pdf')).json());
    expect((await publish(doc.id, v1)).statusCode).toBe(200);
    const refused = { code: '23514', constraint: 'document_versions_published_immutable' };
    const changes: Record<string, unknown>[] = [
      { title: 'Endret' }, { summary: 'Endret' }, { body: 'Endret' }, { change_note: 'Endret' }, { file_name: 'annen.pdf' },
      { file_type: 'application/octet-stream' }, { file_size: 1 }, { file_content: Buffer.from('%PDF-annen') }, { version_no: 9 },
      { published_at: new Date(0) }, { document_id: (await create()).id }, { status: 'draft' },
    ];
    for (const set of changes) {
      await expect(withTenant(db, f.tenantId, (trx) => trx.updateTable('document_versions').set(set).where('id', '=', v1.id).execute()))
        .rejects.toMatchObject(refused);
      await expect(db.updateTable('document_versions').set(set).where('id', '=', v1.id).execute()).rejects.toMatchObject(refused);
    }
    await expect(withTenant(db, f.tenantId, (trx) => trx.deleteFrom('document_versions').where('id', '=', v1.id).execute())).rejects.toMatchObject(refused);
    await expect(db.deleteFrom('document_versions').where('id', '=', v1.id).execute()).rejects.toMatchObject(refused);
    // Bookkeeping may move; the content is as published.
    await db.updateTable('document_versions').set({ updated_at: new Date() as never, version: v1.version + 5 }).where('id', '=', v1.id).execute();
    const row = await db.selectFrom('document_versions').select(['title', 'body', 'status', 'file_name', 'version']).where('id', '=', v1.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Rutine for samarbeid', body: 'Slik var det', status: 'published', file_name: 'v1.pdf', version: v1.version + 5 });
    expect((await publishedDocumentFile(db, f.tenantId, 'fast-versjon', 1))!.content.equals(PDF)).toBe(true);

    const v2 = draftOf((await api('POST', `/${doc.id}/versions`, { title: 'Utkast', body: 'Ny' })).json());
    await withTenant(db, f.tenantId, (trx) => trx.updateTable('document_versions').set({ body: 'Endret utkast' }).where('id', '=', v2.id).execute());
    await db.deleteFrom('document_versions').where('id', '=', v2.id).execute();
    expect((await api('GET', `/${doc.id}`)).json().versions.map((v: DocumentVersion) => v.versionNo)).toEqual([1]);
  });
});
