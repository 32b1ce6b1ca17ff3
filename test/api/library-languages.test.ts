import { beforeAll, describe, expect, it } from 'vitest';
import { libraryTestApp } from '../helpers/library-api.js';

/**
 * Library documents in language versions (issue 9, item 4): a version is written in nb, nn or en;
 * the public page shows the one in the page's language, else the main language's, marked with
 * `lang`; a published version never changes, its language neither.
 */
const { t, f, api, create, draftOf, publish } = libraryTestApp();
let slug = '';

beforeAll(async () => {
  // A nynorsk municipality.
  const row = await t.database.db.updateTable('tenants').set({ main_language: 'nn' }).where('id', '=', f.tenantId).returning('slug').executeTakeFirstOrThrow();
  slug = row.slug;
});
const page = (path: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/k/${slug}${path}`, headers });
const htmlLang = (body: string) => /<html lang="([a-z]+)"/.exec(body)?.[1];

describe('language versions of a document', () => {
  it('writes a new document in the main language unless another is chosen, and refuses a language the pages do not have', async () => {
    const nn = await create({ title: 'Rutine for samarbeid' });
    expect(draftOf(nn).language).toBe('nn');
    const en = await create({ title: 'Routine for cooperation', language: 'en' });
    expect(draftOf(en).language).toBe('en');
    for (const language of ['de', 'NB', null]) {
      const before = await t.database.db.selectFrom('documents').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const r = await api('POST', '', { slug: 'ikkje-laga', kind: 'routine', title: 'Feil', ownerId: null, reviewDue: null, language });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.fields).toEqual([expect.objectContaining({ path: 'body.language' })]);
      expect(await t.database.db.selectFrom('documents').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(before);
    }
  });

  it('changes a draft\'s language, never a published version\'s', async () => {
    const doc = await create({ title: 'Plan for overgangar' });
    const draft = draftOf(doc);
    const changed = await api('PUT', `/${doc.id}/versions/${draft.id}`, { title: 'Plan for overganger', body: 'Tekst', language: 'nb', version: draft.version });
    expect(changed.statusCode).toBe(200);
    expect(draftOf(changed.json()).language).toBe('nb');
    const published = (await publish(doc.id, draftOf(changed.json()))).json();
    const v1 = published.versions[0];
    const refused = await api('PUT', `/${doc.id}/versions/${v1.id}`, { title: 'Plan for overgangar', language: 'nn', version: v1.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('version_published');
    const stored = await t.database.db.selectFrom('document_versions').select('language').where('id', '=', v1.id).executeTakeFirstOrThrow();
    expect(stored.language).toBe('nb');
  });

  it('shows the version in the page\'s language, else the main language\'s marked lang, with links to the others', async () => {
    const doc = await create({ slug: 'rutine-ved-uro', title: 'Rutine ved uro for eit barn', summary: 'Kva du gjer.', body: 'Snakk med leiaren din.' });
    const v1 = (await publish(doc.id, draftOf(doc))).json();
    const draft = await api('POST', `/${doc.id}/versions`, { title: 'Rutine ved bekymring for et barn', summary: 'Hva du gjør.', body: 'Snakk med lederen din.', language: 'nb' });
    expect(draft.statusCode).toBe(201);
    const v2 = (await publish(doc.id, draftOf(draft.json()))).json();
    expect(v2.versions.map((v: { versionNo: number; language: string }) => [v.versionNo, v.language])).toEqual([[2, 'nb'], [1, 'nn']]);
    expect(v1.versions[0].language).toBe('nn');

    // Without ?lang: the main language's version, although bokmål is newer.
    const nn = await page('/dokumenter/rutine-ved-uro');
    expect(htmlLang(nn.body)).toBe('nn');
    expect(nn.body).toContain('<h1 class="ds-heading" data-size="lg">Rutine ved uro for eit barn</h1>');
    expect(nn.body).toContain('Finst òg på:');
    expect(nn.body).toContain(`href="/k/${slug}/dokumenter/rutine-ved-uro?lang=nb" lang="nb" hrefLang="nb">Bokmål</a>`);
    expect(nn.body).not.toContain(`hrefLang="en">English</a></span>`);
    // Each language's own line of versions: version 2 (bokmål) is not among nynorsk's.
    expect(nn.body).not.toContain('Versjon 2');

    const nb = await page('/dokumenter/rutine-ved-uro?lang=nb');
    expect(nb.body).toContain('<h1 class="ds-heading" data-size="lg">Rutine ved bekymring for et barn</h1>');
    expect(nb.body).not.toContain('finnes ikke på bokmål');
    expect(nb.body).toContain(`href="/k/${slug}/dokumenter/rutine-ved-uro?lang=nn" lang="nn" hrefLang="nn">Nynorsk</a>`);

    // No English version: the main language's, marked, with the notice.
    const en = await page('/dokumenter/rutine-ved-uro', { 'accept-language': 'en-GB' });
    expect(htmlLang(en.body)).toBe('en');
    expect(en.body).toContain('<h1 class="ds-heading" data-size="lg" lang="nn">Rutine ved uro for eit barn</h1>');
    expect(en.body).toContain('shown in Norwegian (Nynorsk)');

    // The list, in each language.
    expect((await page('/dokumenter?lang=nb')).body).toMatch(/<h3 class="ds-heading" data-size="xs"><a [^>]*>Rutine ved bekymring for et barn<\/a>/);
    expect((await page('/dokumenter?lang=en')).body).toMatch(/<h3 class="ds-heading" data-size="xs" lang="nn"><a [^>]*>Rutine ved uro for eit barn<\/a>/);

    // A version's own address: the one the document's address shows in that language sends there.
    const nnV1 = await page('/dokumenter/rutine-ved-uro/versjoner/1?lang=nn');
    expect(nnV1.statusCode).toBe(301);
    expect(nnV1.headers.location).toBe(`/k/${slug}/dokumenter/rutine-ved-uro?lang=nn`);
    const nbV1 = await page('/dokumenter/rutine-ved-uro/versjoner/1?lang=nb');
    expect(nbV1.statusCode).toBe(200);
    expect(nbV1.body).toContain('<h1 class="ds-heading" data-size="lg" lang="nn">Rutine ved uro for eit barn</h1>');
    expect((await page('/dokumenter/rutine-ved-uro/versjoner/2?lang=nb')).statusCode).toBe(301);
  });
});
