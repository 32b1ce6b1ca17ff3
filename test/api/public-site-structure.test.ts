import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceNeeds } from '../../src/contracts/catalogue.js';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildService } from '../helpers/content-factories.js';
import { buildTenant } from '../helpers/factories.js';
import { buildDocument, buildGuideStep } from '../helpers/public-content-factories.js';

/**
 * What a screen reader, a narrow phone and a search engine get from the public pages: heading
 * outline, the language of each text, link names as read without CSS, which addresses carry
 * which parameters, and error pages kept out of indexes.
 */
describe('public site: structure, language and addresses', () => {
  let ctx: TestContext;
  let slug: string;
  const pages: { url: string; html: string }[] = [];

  const get = async (url: string) => {
    const res = await ctx.app.inject({ method: 'GET', url });
    if (res.statusCode === 200 && String(res.headers['content-type']).startsWith('text/html')) pages.push({ url, html: res.body });
    return res;
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    const db = ctx.database.db;
    const tenant = await buildTenant(db, { name: 'Strukturvik kommune', municipalityNumber: '4995' });
    slug = tenant.slug;
    await buildService(db, tenant.id, {
      name: 'Helsestasjon for ungdom', slug: 'helsestasjon-for-ungdom', serviceType: 'health',
      nb: { summary: 'Samtaler med helsesykepleier.', whatWeOffer: '## Samtaler\n\nOm alt.\n\n### Når\n\nHver dag.' },
      en: { name: 'Youth health clinic', summary: 'Talks with a school nurse.' },
    });
    await buildService(db, tenant.id, {
      name: 'Pedagogisk-psykologisk tjeneste', slug: 'ppt', serviceType: 'ppt', nb: { summary: 'Utredning og råd om læring.' },
    });
    await buildDocument(db, tenant.id, {
      slug: 'plan-for-overganger', kind: 'plan',
      versions: [
        { title: 'Plan for overganger', body: '## Formål\n\nFørste utgave.', publishedAt: '2025-03-01T10:00:00Z' },
        {
          title: 'Plan for overganger', body: '## Formål\n\nAndre utgave.\n\n#### Detaljer\n\nMer.\n\n## Ansvar\n\nRektor.',
          changeNote: 'Nye frister for skolestart.', publishedAt: '2026-02-01T10:00:00Z',
        },
      ],
    });
    await buildGuideStep(db, tenant.id, {
      key: 'start', level: 0, kind: 'start', title: 'Hva gjør jeg nå?', titleEn: 'What do I do now?',
      choices: [{ label: 'Jeg er bekymret for et barn', labelEn: 'I am worried about a child', to: 'grunn-til-bekymring' }],
    });
    await buildGuideStep(db, tenant.id, {
      key: 'grunn-til-bekymring', level: 0, kind: 'decision', title: 'Grunn til bekymring?', who: 'Den som er bekymret', body: '## Slik gjør du\n\nDrøft.',
      choices: [
        { label: 'Ja, det er grunn til bekymring', labelEn: 'Yes, there is reason for concern', to: 'egen-innsats' },
        { label: 'Vet du ikke?', to: 'saken-slutter' },
      ],
    });
    await buildGuideStep(db, tenant.id, { key: 'egen-innsats', level: 1, kind: 'step', title: 'Sett i gang egen innsats', titleEn: 'Start your own measures', choices: [{ label: 'Videre', to: 'saken-slutter' }] });
    await buildGuideStep(db, tenant.id, { key: 'saken-slutter', level: 0, kind: 'end', title: 'Saken slutter' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** The text a link or heading reads as without CSS: tags gone, white space as the browser shows it. */
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const languageLinks = (html: string) => [...html.matchAll(/<a class="ds-link" href="([^"]*)" lang="(?:nb|nn|en)" hrefLang/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

  describe('narrow screens (WCAG 1.4.10)', () => {
    it('lets long one-word headings and long tags wrap instead of pushing the page sideways', async () => {
      const css = (await ctx.app.inject({ method: 'GET', url: '/offentlig/samla.css' })).body;
      const headings = /:is\(h1, h2, h3, h4, h5, \.ds-heading[^)]*\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
      expect(headings).toContain('overflow-wrap: anywhere');
      expect(headings).toContain('hyphens: auto');
      const tags = /\.pub-tags \.ds-tag[^{]*\{([^}]*)\}/.exec(css)?.[1] ?? '';
      for (const rule of ['white-space: normal', 'height: auto', 'max-width: 100%']) expect(tags).toContain(rule);
      // After Designsystemet's own rules, so these win.
      expect(css.lastIndexOf('.pub-tags .ds-tag')).toBeGreaterThan(css.indexOf('.ds-tag{'));
    });
  });

  describe('language of parts (WCAG 3.1.2)', () => {
    it('marks search results shown in bokmål on an English page, and only those', async () => {
      const res = await get(`/k/${slug}/tjenester?lang=en`);
      expect(res.body).toContain('<h3 class="ds-heading" data-size="xs"><a class="ds-link" href="/k/' + slug + '/tjenester/helsestasjon-for-ungdom?lang=en">Youth health clinic</a></h3>');
      expect(res.body).toContain('<p class="ds-paragraph" data-size="md">Talks with a school nurse.</p>');
      expect(res.body).toContain('<h3 class="ds-heading" data-size="xs" lang="nb"><a class="ds-link" href="/k/' + slug + '/tjenester/ppt?lang=en">Pedagogisk-psykologisk tjeneste</a></h3>');
      expect(res.body).toContain('<p class="ds-paragraph" data-size="md" lang="nb">Utredning og råd om læring.</p>');
      const nb = await get(`/k/${slug}/tjenester`);
      expect(nb.body).not.toMatch(/<(h3|p)[^>]* lang="nb"/);
    });

    it('marks each guide step title by its own language on the overview', async () => {
      const res = await get(`/k/${slug}/handlingsveileder/bti?lang=en`);
      expect(res.body).toContain(`<a class="ds-link" href="/k/${slug}/handlingsveileder/bti/start?lang=en">What do I do now?</a>`);
      expect(res.body).toContain(`<a class="ds-link" href="/k/${slug}/handlingsveileder/bti/egen-innsats?lang=en">Start your own measures</a>`);
      expect(res.body).toContain(`<a class="ds-link" href="/k/${slug}/handlingsveileder/bti/grunn-til-bekymring?lang=en" lang="nb">Grunn til bekymring?</a>`);
      expect(res.body).toContain(`<a class="ds-link" href="/k/${slug}/handlingsveileder/bti/saken-slutter?lang=en" lang="nb">Saken slutter</a>`);
      expect(res.body).toContain('This text is not yet available in English');
      const nb = await get(`/k/${slug}/handlingsveileder/bti`);
      const lists = [...nb.body.matchAll(/<ol class="pub-step-list">[\s\S]*?<\/ol>/g)].map((m) => m[0]);
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) expect(list).not.toContain('lang=');
    });

    it('marks a choice’s label and its destination each by its own language', async () => {
      const start = await get(`/k/${slug}/handlingsveileder/bti/start?lang=en`);
      expect(start.body).toContain('<span class="pub-choice__label">I am worried about a child');
      expect(start.body).toContain('Next: <span lang="nb">Grunn til bekymring?</span>');
      const decision = await get(`/k/${slug}/handlingsveileder/bti/grunn-til-bekymring?lang=en`);
      expect(decision.body).toContain('<span class="pub-choice__label">Yes, there is reason for concern');
      expect(decision.body).toContain('Leads to Level 1: <span>Start your own measures</span>');
      expect(decision.body).toContain('<span class="pub-choice__label" lang="nb">Vet du ikke?');
      expect(decision.body).toContain('Next: <span lang="nb">Saken slutter</span>');
    });
  });

  describe('link names without CSS', () => {
    it('reads a choice as one sentence and its destination: «Ja, det er grunn til bekymring. Går til Nivå 1: …»', async () => {
      const res = await get(`/k/${slug}/handlingsveileder/bti/grunn-til-bekymring`);
      const choices = [...res.body.matchAll(/<a class="ds-button pub-choice"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => text(m[1]!));
      expect(choices).toEqual([
        'Ja, det er grunn til bekymring. Går til Nivå 1: Sett i gang egen innsats',
        // A label that ends a sentence itself gets no second full stop.
        'Vet du ikke? Neste: Saken slutter',
      ]);
      // The full stop is for the ear and for pages without CSS; on screen the two are lines of their own.
      expect(res.body).toContain('Ja, det er grunn til bekymring<span class="pub-choice__sep">.</span></span> <span class="pub-choice__to">');
    });
  });

  describe('heading order', () => {
    const levels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    const expectOutline = (html: string, label: string) => {
      const found = levels(html);
      expect(found[0], `${label}: ${found.join(' ')}`).toBe(1);
      expect(found.filter((l) => l === 1), label).toHaveLength(1);
      for (let i = 1; i < found.length; i++) expect(found[i]!, `${label}: ${found.join(' ')}`).toBeLessThanOrEqual(found[i - 1]! + 1);
    };

    it('starts a document page with its h1 and puts the body’s headings under it, not under «Hva er endret»', async () => {
      const current = await get(`/k/${slug}/dokumenter/plan-for-overganger`);
      expectOutline(current.body, 'current');
      // ## Formål → h2, #### Detaljer → h3 (no gap), ## Ansvar → h2.
      expect(current.body).toMatch(/<h2>Formål<\/h2>[\s\S]*<h3>Detaljer<\/h3>[\s\S]*<h2>Ansvar<\/h2>/);
      expect(current.body).toContain('<strong>Hva er endret</strong>');
      expect(current.body).not.toMatch(/<h\d[^>]*>Hva er endret/);

      const old = await get(`/k/${slug}/dokumenter/plan-for-overganger/versjoner/1`);
      expect(old.statusCode).toBe(200);
      expectOutline(old.body, 'older version');
      expect(old.body).toContain('<strong>Dette er en eldre versjon</strong>');
      expect(old.body.indexOf('Dette er en eldre versjon')).toBeLessThan(old.body.indexOf('<h1'));
    });

    it('gives a guide step’s body headings of its own, not under «Hvem gjør hva», and a service’s section texts headings under their section', async () => {
      const step = await get(`/k/${slug}/handlingsveileder/bti/grunn-til-bekymring`);
      expectOutline(step.body, 'step');
      expect(step.body).toContain('<strong>Hvem gjør hva</strong>');
      expect(step.body).toContain('<h2>Slik gjør du</h2>');
      const service = await get(`/k/${slug}/tjenester/helsestasjon-for-ungdom`);
      expectOutline(service.body, 'service');
      expect(service.body).toMatch(/<h2 class="ds-heading" data-size="sm">Hva vi tilbyr<\/h2><div class="pub-prose"><h3>Samtaler<\/h3>\s*<p>Om alt.<\/p>\s*<h4>Når<\/h4>/);
    });

    it('keeps a valid outline on every page read in this test', () => {
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const p of pages) expectOutline(p.html, p.url);
    });
  });

  describe('search field', () => {
    it('asks for no names, since the search becomes part of the address, as the field’s description', async () => {
      for (const [lang, hint] of [['nb', 'Ikke skriv navn – søket blir en del av adressen til siden.'], ['nn', 'Ikkje skriv namn – søket blir ein del av adressa til sida.'], ['en', 'Do not type names – the search becomes part of the page’s address.']]) {
        const res = await get(`/k/${slug}/tjenester?lang=${lang}`);
        expect(res.body, lang).toContain(`<div data-field="description" id="sok-q-navn">${hint}</div>`);
        expect(res.body, lang).toMatch(/<input [^>]*id="sok-q"[^>]* aria-describedby="sok-q-hjelp sok-q-navn"/);
      }
    });
  });

  describe('addresses', () => {
    it('carries only the pages’ own parameters into the language links, each within bounds', async () => {
      const many = Array.from({ length: 40 }, () => 'behov=mental_health').join('&');
      const long = 'a'.repeat(600);
      const res = await get(`/k/${slug}/tjenester?q=${long}&alder=14&${many}&type=health&side=1&utm_source=nyhetsbrev&email=ola%40example.no&lang=en`);
      expect(res.statusCode).toBe(200);
      const links = languageLinks(res.body);
      expect(links).toHaveLength(3);
      for (const link of links) {
        const params = new URL(link, 'http://x').searchParams;
        expect([...new Set(params.keys())].sort()).toEqual(expect.arrayContaining(['alder', 'behov', 'q', 'side', 'type']));
        expect([...params.keys()].every((k) => ['q', 'alder', 'behov', 'type', 'side', 'lang'].includes(k)), link).toBe(true);
        expect(params.get('q')).toHaveLength(200);
        expect(params.getAll('behov').length).toBeLessThanOrEqual(serviceNeeds.length);
      }
      expect(res.body).not.toContain('nyhetsbrev');
      expect(res.body).not.toContain('ola');
      const documents = await get(`/k/${slug}/dokumenter?type=plan&ref=x`);
      expect(languageLinks(documents.body)).toContain(`/k/${slug}/dokumenter?type=plan&lang=nn`);
    });

    it('sends the current version’s own address to the document’s, keeping the language; older versions stay', async () => {
      const current = await ctx.app.inject({ method: 'GET', url: `/k/${slug}/dokumenter/plan-for-overganger/versjoner/2` });
      expect(current.statusCode).toBe(301);
      expect(current.headers.location).toBe(`/k/${slug}/dokumenter/plan-for-overganger`);
      const nn = await ctx.app.inject({ method: 'GET', url: `/k/${slug}/dokumenter/plan-for-overganger/versjoner/2?lang=nn` });
      expect(nn.statusCode).toBe(301);
      expect(nn.headers.location).toBe(`/k/${slug}/dokumenter/plan-for-overganger?lang=nn`);
      expect((await get(`/k/${slug}/dokumenter/plan-for-overganger/versjoner/1`)).statusCode).toBe(200);
      expect((await get(`/k/${slug}/dokumenter/plan-for-overganger/versjoner/3`)).statusCode).toBe(404);
    });

    it('keeps error pages out of search engines: noindex, and no canonical or alternate address', async () => {
      const page = await get(`/k/${slug}/tjenester`);
      expect(page.body).toContain(`<link rel="canonical" href="http://localhost:3000/k/${slug}/tjenester"/>`);
      expect(page.body).toContain('rel="alternate" hrefLang="nn"');
      expect(page.body).not.toContain('name="robots"');
      for (const url of [`/k/${slug}/tjenester/finnes-ikke`, '/k/ukjent-kommune?lang=nn', `/k/${slug}/tjenester?q=%01`]) {
        const res = await ctx.app.inject({ method: 'GET', url });
        expect([400, 404], url).toContain(res.statusCode);
        expect(res.body, url).toContain('<meta name="robots" content="noindex"/>');
        expect(res.body, url).not.toContain('rel="canonical"');
        expect(res.body, url).not.toContain('rel="alternate"');
      }
    });
  });
});
