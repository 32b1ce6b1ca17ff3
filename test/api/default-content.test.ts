import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildTenant, buildUser } from '../helpers/factories.js';
import { buildDocument } from '../helpers/public-content-factories.js';
import { pdfText } from '../helpers/pdf.js';
import { guideStepInput } from '../../src/contracts/guide.js';
import { documentCreate } from '../../src/contracts/library.js';
import { renderMarkdown } from '../../src/server/platform/text/markdown.js';
import type { StaffActor } from '../../src/server/platform/access/actor.js';
import { defaultDocuments, defaultGuide } from '../../src/server/features/guide/default-content/index.js';
import { defaultFiles, installDefaultContent } from '../../src/server/features/guide/default-content/install.js';
import { guideProblems, reachableFrom } from '../../src/server/features/guide/guide.rules.js';
import { guideStepView } from '../../src/server/features/guide/guide.published.js';
import { createTenantWithAdmin } from '../../src/server/features/organisation/tenant.service.js';
import { publishedDocumentFile, publishedDocumentView, publishedDocuments } from '../../src/server/features/library/library.service.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const languages = ['nb', 'nn', 'en'] as const;
const count = async (table: 'guide_steps' | 'documents' | 'audit_log', tenantId: string) =>
  Number((await t.database.db.selectFrom(table).select((e) => e.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);

describe('the default guide as written', () => {
  it('is one path: one start, every choice leads to a step, decisions branch, ends close, and every step is reachable', () => {
    expect(guideProblems(defaultGuide)).toEqual([]);
    const start = defaultGuide.find((s) => s.kind === 'start')!;
    expect(start.key).toBe('hva-gjor-jeg-na');
    expect(reachableFrom(start.key, defaultGuide).sort()).toEqual(defaultGuide.map((s) => s.key).sort());
    expect(new Set(defaultGuide.map((s) => s.level))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('leads from «Jeg er bekymret for et barn» to level 1 in two clicks', () => {
    const start = defaultGuide.find((s) => s.kind === 'start')!;
    const worried = defaultGuide.find((s) => s.key === start.choices.find((c) => c.label.nb === 'Jeg er bekymret for et barn')!.to)!;
    const onLevel1 = worried.choices.map((c) => defaultGuide.find((s) => s.key === c.to)!).filter((s) => s.level === 1);
    expect(onLevel1.map((s) => s.key)).toEqual(['stafettholder']);
  });

  it('fits the editor’s contract, in bokmål, nynorsk and English', () => {
    for (const step of defaultGuide) {
      // The request body is strict: the default's document slugs become ids when installed.
      const { documents: _slugs, ...input } = step;
      const parsed = guideStepInput.safeParse({ ...input, documentIds: [] });
      expect(parsed.success, `${step.key}: ${parsed.error?.message}`).toBe(true);
      for (const lang of languages) {
        const text = step.content[lang];
        expect(text.title.length, `${step.key} ${lang} title`).toBeGreaterThan(1);
        expect(text.body.length, `${step.key} ${lang} body`).toBeGreaterThan(20);
        expect(text.who.length, `${step.key} ${lang} who`).toBeGreaterThan(3);
        for (const c of step.choices) expect(c.label[lang].length, `${step.key} → ${c.to} ${lang}`).toBeGreaterThan(1);
      }
    }
  });

  it('starts with «Hva gjør jeg nå?» and «Jeg er bekymret for et barn» / «I am worried about a child»', () => {
    const start = defaultGuide.find((s) => s.kind === 'start')!;
    expect(start.content.nb.title).toBe('Hva gjør jeg nå?');
    expect(start.content.en.title).toBe('What do I do now?');
    expect(start.choices[0]!.label).toEqual({ nb: 'Jeg er bekymret for et barn', nn: 'Eg er bekymra for eit barn', en: 'I am worried about a child' });
    // Skien's decision points are there by name.
    const titles = defaultGuide.map((s) => s.content.nb.title);
    expect(titles).toEqual(expect.arrayContaining(['Grunn til bekymring?', 'Skal det sendes bekymringsmelding?', 'Skal andre involveres i innsatsen?']));
  });

  it('writes nynorsk in nynorsk, not in bokmål', () => {
    // Words that are bokmål only; a nynorsk text holding one has slipped. Quoted titles of
    // (bokmål) documents are left out.
    const bokmal = /\b(ikke|jeg|hva|hvordan|hvem|hvor|hvis|noe|noen|være|bare|fra|mellom to|skole|tjeneste|tjenester|ansatte|leder|sammen)\b/i;
    for (const step of defaultGuide) {
      const nn = step.content.nn;
      const texts = [nn.title, nn.who, nn.body, ...step.choices.map((c) => c.label.nn)].map((s) => s.replace(/«[^»]*»/g, ''));
      for (const s of texts) expect(s, step.key).not.toMatch(bokmal);
    }
  });

  it('links only documents Samla installs with it, and each document from somewhere', () => {
    const slugs = new Set(defaultDocuments.map((d) => d.slug));
    const linked = new Set(defaultGuide.flatMap((s) => s.documents));
    for (const slug of linked) expect(slugs.has(slug), slug).toBe(true);
    for (const slug of slugs) expect(linked.has(slug), `${slug} is linked from a step`).toBe(true);
    const consentStep = defaultGuide.find((s) => s.documents.includes('samtykke-til-tverrfaglig-samarbeid'))!;
    expect([consentStep.key, consentStep.level]).toEqual(['samtykke', 2]);
  });
});

describe('the default documents as written', () => {
  it('fit the library’s contract, render as safe pages, and every tool and template has a PDF that reads back', async () => {
    const files = await defaultFiles();
    for (const doc of defaultDocuments) {
      const { pdf: _file, ...fields } = doc; // the file goes up on its own, not in the JSON body
      const parsed = documentCreate.safeParse({ ...fields, ownerId: null, reviewDue: null });
      expect(parsed.success, `${doc.slug}: ${parsed.error?.message}`).toBe(true);
      expect(renderMarkdown(doc.body)).toMatch(/^<(p|h3|ul)>/);
      const pdf = files.get(doc.slug);
      if (doc.kind === 'template' || doc.kind === 'tool') {
        expect(pdf, doc.slug).toBeDefined();
        expect(pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const text = pdfText(pdf!);
        expect(text, doc.slug).toContain(doc.title);
        expect(text).toMatch(/Side 1 av \d/);
      } else {
        expect(pdf, doc.slug).toBeUndefined();
      }
    }
    const consent = pdfText(files.get('samtykke-til-tverrfaglig-samarbeid')!);
    for (const words of ['Formålet med samarbeidet', 'Barnevernstjenesten', 'Hvor lenge samtykket gjelder', 'Ungdommen selv', 'Samtykket trekkes tilbake']) {
      expect(consent).toContain(words);
    }
    expect(consent).toContain('offentleglova § 13');
  });
});

describe('installDefaultContent', () => {
  it('installs the guide and its documents once, published and linked, and leaves a tenant’s own documents be', async () => {
    const tenant = await buildTenant(t.database.db);
    // The municipality already has its own concern scale: the guide links that one.
    const own = await buildDocument(t.database.db, tenant.id, { slug: 'bekymringsskala', kind: 'tool', versions: [{ title: 'Vår bekymringsskala' }] });
    const first = await installDefaultContent(t.database.db, null, tenant.id);
    expect(first).toEqual({ guideInstalled: true, documentsInstalled: defaultDocuments.length - 1 });
    expect(await count('guide_steps', tenant.id)).toBe(defaultGuide.length);
    expect(await count('audit_log', tenant.id)).toBe(0);

    const again = await installDefaultContent(t.database.db, null, tenant.id);
    expect(again).toEqual({ guideInstalled: false, documentsInstalled: 0 });
    expect(await count('documents', tenant.id)).toBe(defaultDocuments.length);

    const step = await guideStepView(t.database.db, tenant.id, 'del-bekymringen', 'nb');
    expect(step!.documents.map((d) => d.title)).toContain('Vår bekymringsskala');
    const stored = await t.database.db.selectFrom('guide_steps').select('document_ids').where('tenant_id', '=', tenant.id).where('key', '=', 'grunn-til-bekymring').executeTakeFirstOrThrow();
    expect(stored.document_ids).toEqual([own.id]);

    const listed = await publishedDocuments(t.database.db, tenant.id, { kind: 'template' });
    expect(listed.map((d) => d.slug)).toContain('samtykke-til-tverrfaglig-samarbeid');
    const view = await publishedDocumentView(t.database.db, tenant.id, 'samtykke-til-tverrfaglig-samarbeid');
    expect(view).toMatchObject({ kind: 'template', versionNo: 1, isCurrent: true, file: { name: 'samtykke-til-tverrfaglig-samarbeid.pdf', type: 'application/pdf' } });
    // Written with ## headings; as the top level of a page body under the title's h1 they are h2.
    expect(view!.bodyHtml).toContain('<h2>Tjenestene som kan samarbeide og dele opplysninger</h2>');
  });

  it('audits what it installs when a coordinator asks for it', async () => {
    const tenant = await buildTenant(t.database.db);
    const user = await buildUser(t.database.db, tenant.id, { municipalRoles: ['municipal_coordinator'] });
    const actor: StaffActor = {
      kind: 'staff', userId: user.id, tenantId: tenant.id, name: user.name, municipalRoles: new Set(['municipal_coordinator']), unitRoles: new Map(), requestId: 'test',
    };
    await installDefaultContent(t.database.db, actor, tenant.id);
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('tenant_id', '=', tenant.id).execute();
    expect(actions.filter((a) => a.action === 'document.create')).toHaveLength(defaultDocuments.length);
    expect(actions.filter((a) => a.action === 'guide.install_default')).toHaveLength(1);
  });

  it('comes with every municipality created by tenant:create', async () => {
    const { tenantId } = await createTenantWithAdmin(t.database.db, {
      municipalityNumber: '3901', name: 'Larvik kommune', adminName: 'Ada Administrator', adminEmail: 'ada@example.test', adminSubject: 'oid-default-content',
    });
    expect(await count('guide_steps', tenantId)).toBe(defaultGuide.length);
    const file = await publishedDocumentFile(t.database.db, tenantId, 'samtykke-til-tverrfaglig-samarbeid', 1);
    expect(file?.fileName).toBe('samtykke-til-tverrfaglig-samarbeid.pdf');
    expect(pdfText(file!.content)).toContain('Samtykke til tverrfaglig samarbeid');
    const start = await guideStepView(t.database.db, tenantId, 'hva-gjor-jeg-na', 'en');
    expect(start!.choices[0]).toMatchObject({ label: 'I am worried about a child', to: 'uro-for-et-barn', toLevel: 0 });
  });
});
