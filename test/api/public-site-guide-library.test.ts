import { describe, expect, it } from 'vitest';
import { publicSiteTestApp } from '../helpers/public-site-app.js';
import { buildDocument, buildGuideStep } from '../helpers/public-content-factories.js';

/** The action guide and the library on the public pages: the path by links, versions, downloads. */
describe('public site: guide and library', () => {
  const site = publicSiteTestApp({ name: 'Solvik kommune', municipalityNumber: '4999' }, async (db, tenant) => {
    const consent = await buildDocument(db, tenant.id, {
      slug: 'samtykke-til-tverrfaglig-samarbeid', kind: 'template',
      versions: [{ title: 'Samtykke til tverrfaglig samarbeid', body: 'Skjemaet brukes når flere tjenester skal samarbeide.', file: pdf('samtykke') }],
    });
    await buildDocument(db, tenant.id, {
      slug: 'plan-for-overganger', kind: 'plan',
      versions: [
        { title: 'Plan for overganger', body: 'Første utgave av planen.', changeNote: '', publishedAt: '2025-03-01T10:00:00Z', file: pdf('v1') },
        { title: 'Plan for overganger', body: 'Andre utgave av planen.', changeNote: 'Nye frister for skolestart.', publishedAt: '2026-02-01T10:00:00Z' },
        { title: 'Plan for overganger (utkast)', body: 'Et utkast ingen skal se.', draft: true },
      ],
    });
    await buildDocument(db, tenant.id, { slug: 'bare-utkast', kind: 'routine', versions: [{ title: 'Bare utkast', draft: true }] });

    await buildGuideStep(db, tenant.id, {
      key: 'start', level: 0, kind: 'start', title: 'Hva gjør jeg nå?', titleEn: 'What do I do now?',
      choices: [{ label: 'Jeg er bekymret for et barn', labelEn: 'I am worried about a child', to: 'grunn-til-bekymring' }],
    });
    await buildGuideStep(db, tenant.id, {
      key: 'grunn-til-bekymring', level: 0, kind: 'decision', title: 'Grunn til bekymring?', who: 'Den som er bekymret, sammen med leder',
      body: 'Drøft med kollega. Bruk **bekymringsskalaen**.', documentIds: [consent.id],
      choices: [{ label: 'Ja', to: 'egen-innsats' }, { label: 'Nei', to: 'saken-slutter' }],
    });
    await buildGuideStep(db, tenant.id, { key: 'egen-innsats', level: 1, kind: 'step', title: 'Sett i gang egen innsats', choices: [{ label: 'Videre', to: 'saken-slutter' }] });
    await buildGuideStep(db, tenant.id, { key: 'saken-slutter', level: 0, kind: 'end', title: 'Saken slutter' });
  });
  const { get, pages } = site;

  describe('action guide', () => {
    it('shows the way in, the levels with their steps, and the tools', async () => {
      const res = await get(`/k/${site.slug}/handlingsveileder/bti`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`href="/k/${site.slug}/handlingsveileder/bti/start"`);
      expect(res.body).toContain('Hva gjør jeg nå?');
      for (const level of ['Nivå 0', 'Nivå 1', 'Nivå 2', 'Nivå 3']) expect(res.body).toContain(level);
      expect(res.body).toContain('Sett i gang egen innsats');
      expect(res.body).toContain(`href="/k/${site.slug}/dokumenter/samtykke-til-tverrfaglig-samarbeid"`);
    });

    it('walks from «I am worried about a child» to level 1 by links, showing the level on each step', async () => {
      const start = await get(`/k/${site.slug}/handlingsveileder/bti/start?lang=en`);
      expect(start.body).toContain('I am worried about a child');
      expect(start.body).toContain(`href="/k/${site.slug}/handlingsveileder/bti/grunn-til-bekymring?lang=en"`);
      const decision = await get(`/k/${site.slug}/handlingsveileder/bti/grunn-til-bekymring`);
      expect(decision.statusCode).toBe(200);
      expect(decision.body).toContain('Beslutningspunkt');
      expect(decision.body).toContain('Den som er bekymret, sammen med leder');
      expect(decision.body).toContain('<strong>bekymringsskalaen</strong>');
      expect(decision.body).toContain('Går til Nivå 1: <span>Sett i gang egen innsats</span>');
      expect(decision.body).toContain(`href="/k/${site.slug}/handlingsveileder/bti/egen-innsats"`);
      expect(decision.body).toContain('Samtykke til tverrfaglig samarbeid');
      const level1 = await get(`/k/${site.slug}/handlingsveileder/bti/egen-innsats`);
      expect(level1.body).toMatch(/Du er på <strong>Nivå 1<\/strong>/);
      expect(level1.body).toContain('aria-current="step"');
      expect(level1.body).toContain(`href="/k/${site.slug}/handlingsveileder/bti"`);
      const end = await get(`/k/${site.slug}/handlingsveileder/bti/saken-slutter`);
      expect(end.body).toContain('Her slutter denne veien');
      expect((await get(`/k/${site.slug}/handlingsveileder/bti/finnes-ikke`)).statusCode).toBe(404);
    });
  });

  describe('documents', () => {
    it('lists published documents by kind, never drafts', async () => {
      const res = await get(`/k/${site.slug}/dokumenter`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Samtykke til tverrfaglig samarbeid');
      expect(res.body).toContain('Plan for overganger');
      expect(res.body).not.toContain('Bare utkast');
      expect(res.body).not.toContain('(utkast)');
      const plans = await get(`/k/${site.slug}/dokumenter?type=plan`);
      expect(plans.body).toContain('Plan for overganger');
      expect(plans.body).not.toContain(`href="/k/${site.slug}/dokumenter/samtykke-til-tverrfaglig-samarbeid"`);
      const odd = await get(`/k/${site.slug}/dokumenter?type=tivoli`);
      expect(odd.statusCode).toBe(200);
      expect(odd.body).toContain('Samtykke til tverrfaglig samarbeid');
    });

    it('shows the current version with older versions and their dates; an older one is marked and readable', async () => {
      const current = await get(`/k/${site.slug}/dokumenter/plan-for-overganger`);
      expect(current.statusCode).toBe(200);
      expect(current.body).toContain('Andre utgave av planen.');
      expect(current.body).toContain('Nye frister for skolestart.');
      expect(current.body).toContain('1. mars 2025');
      expect(current.body).toContain(`href="/k/${site.slug}/dokumenter/plan-for-overganger/versjoner/1"`);
      expect(current.body).not.toContain('Dette er en eldre versjon');
      expect(current.body).not.toContain('Et utkast ingen skal se');
      const old = await get(`/k/${site.slug}/dokumenter/plan-for-overganger/versjoner/1`);
      expect(old.statusCode).toBe(200);
      expect(old.body).toContain('Dette er en eldre versjon');
      expect(old.body).toContain('Første utgave av planen.');
      expect(old.body).toContain(`href="/k/${site.slug}/dokumenter/plan-for-overganger"`);
      expect(old.body).toContain(`href="/k/${site.slug}/dokumenter/plan-for-overganger/versjoner/1/fil"`);
      for (const n of ['3', '0', '01', 'x', '99999999999']) {
        expect((await get(`/k/${site.slug}/dokumenter/plan-for-overganger/versjoner/${n}`)).statusCode, n).toBe(404);
      }
      expect((await get(`/k/${site.slug}/dokumenter/bare-utkast`)).statusCode).toBe(404);
    });

    it('downloads a version’s file as an attachment of its type', async () => {
      const page = await get(`/k/${site.slug}/dokumenter/samtykke-til-tverrfaglig-samarbeid`);
      expect(page.body).toContain(`href="/k/${site.slug}/dokumenter/samtykke-til-tverrfaglig-samarbeid/versjoner/1/fil"`);
      expect(page.body).toContain('Last ned (PDF, 1 kB)');
      const file = await get(`/k/${site.slug}/dokumenter/samtykke-til-tverrfaglig-samarbeid/versjoner/1/fil`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain('attachment; filename="samtykke.pdf"');
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const none = await get(`/k/${site.slug}/dokumenter/plan-for-overganger/versjoner/2/fil`);
      expect(none.statusCode).toBe(404);
      expect(none.headers['content-type']).toBe('text/html; charset=utf-8');
    });
  });

  it('never sends a script tag on these pages', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const html of pages) expect(html).not.toMatch(/<script/i);
  });
});

function pdf(name: string) {
  return { name: `${name}.pdf`, type: 'application/pdf', content: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) };
}
