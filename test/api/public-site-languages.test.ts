import { describe, expect, it } from 'vitest';
import { buildTenant } from '../helpers/factories.js';
import { buildService } from '../helpers/content-factories.js';
import { buildDocument, buildGuideStep } from '../helpers/public-content-factories.js';
import { publicSiteTestApp } from '../helpers/public-site-app.js';

/**
 * The municipality's main language on the public pages (issue 9, item 4): the address without
 * `?lang` is in the main language unless the browser's Accept-Language asks for another the pages
 * have; such pages vary by that header; `lang` says what each text is really written in.
 */
describe('public site: the main language', () => {
  let bokmaalSlug = '';
  const site = publicSiteTestApp({ name: 'Fjordvik kommune', municipalityNumber: '4640' }, async (db, tenant) => {
    await db.updateTable('tenants').set({ main_language: 'nn' }).where('id', '=', tenant.id).execute();
    // Written in nynorsk in the main text field; one service also in English.
    await buildService(db, tenant.id, {
      slug: 'helsestasjon', nb: { name: 'Helsestasjonen', summary: 'Ein stad å snakke med nokon om korleis barnet har det.' },
      en: { name: 'The health centre', summary: 'Somewhere to talk about how the child is doing.' },
    });
    await buildService(db, tenant.id, { slug: 'ppt', nb: { name: 'Pedagogisk-psykologisk teneste', summary: 'Hjelp når barnet strevar på skulen.' } });
    await buildGuideStep(db, tenant.id, {
      key: 'start', level: 0, kind: 'start', title: 'Kva gjer eg no?',
      choices: [{ label: 'Eg er uroleg for eit barn', to: 'grunn' }],
    });
    await buildGuideStep(db, tenant.id, { key: 'grunn', level: 0, kind: 'end', title: 'Er det grunn til uro?', titleEn: 'Is there reason for concern?' });
    await buildDocument(db, tenant.id, { slug: 'rutine', kind: 'routine', versions: [{ title: 'Rutine for samarbeid', summary: 'Korleis tenestene samarbeider.', language: 'nn' }] });
    bokmaalSlug = (await buildTenant(db, { name: 'Bokmålby kommune', municipalityNumber: '4641' })).slug;
  });
  const { get } = site;
  const htmlLang = (body: string) => /<html lang="([a-z]+)"/.exec(body)?.[1];
  const links = (body: string, rel: string) =>
    [...body.matchAll(new RegExp(`<link rel="${rel}"(?: hrefLang="([a-z-]+)")? href="([^"]+)"`, 'g'))].map((m) => (m[1] ? `${m[1]} ${m[2]}` : m[2]));

  it('shows a nynorsk municipality in nynorsk without ?lang or Accept-Language, varying by that header, its texts unmarked', async () => {
    for (const path of ['', '/tjenester', '/tjenester/ppt', '/handlingsveileder/bti', '/handlingsveileder/bti/start', '/dokumenter', '/dokumenter/rutine']) {
      const res = await get(`/k/${site.slug}${path}`);
      expect(res.statusCode, path).toBe(200);
      expect(htmlLang(res.body), path).toBe('nn');
      expect(res.headers.vary, path).toMatch(/accept-language/i);
      // The only bokmål on the page is the language link that says «Bokmål».
      expect(res.body.match(/ lang="nb"/g), path).toHaveLength(1);
      expect(res.body, path).not.toContain('finst ikkje på nynorsk');
    }
    const service = await get(`/k/${site.slug}/tjenester/ppt`);
    expect(service.body).toContain('Pedagogisk-psykologisk teneste');
    expect(service.body).not.toMatch(/lang="nn"[^>]*>[^<]*Pedagogisk/);
  });

  it('marks the nynorsk main text lang="nn" on the bokmål and English pages, and says it is shown in nynorsk', async () => {
    const nb = await get(`/k/${site.slug}/tjenester/ppt?lang=nb`);
    expect(htmlLang(nb.body)).toBe('nb');
    expect(nb.headers.vary ?? '').not.toMatch(/accept-language/i);
    expect(nb.body).toContain('Denne teksten finnes ikke på bokmål ennå, så den vises på nynorsk.');
    expect(nb.body).toMatch(/<div class="pub-stack" lang="nn"><h1[^>]*>Pedagogisk-psykologisk teneste<\/h1>/);
    expect(nb.body).toContain('<div class="pub-article__main" lang="nn">');
    // Inside the nynorsk text, only the page's own words (facts, tags) are marked bokmål, never the municipality's text.
    expect(nb.body).not.toMatch(/lang="nb"[^>]*>[^<]*(teneste|Korleis)/);

    const list = await get(`/k/${site.slug}/tjenester?lang=en`);
    expect(list.body).toMatch(/<h3 class="ds-heading" data-size="xs"><a class="ds-link" href="[^"]*helsestasjon\?lang=en">The health centre<\/a><\/h3>/);
    expect(list.body).toMatch(/<h3 class="ds-heading" data-size="xs" lang="nn"><a [^>]*>Pedagogisk-psykologisk teneste<\/a>/);

    const guide = await get(`/k/${site.slug}/handlingsveileder/bti?lang=en`);
    expect(guide.body).toMatch(/lang="nn">Kva gjer eg no\?<\/a>/);
    expect(guide.body).toMatch(/<a class="ds-link" href="[^"]*grunn\?lang=en">Is there reason for concern\?<\/a>/);
    expect(guide.body).toContain('so it is shown in Norwegian (Nynorsk)');
    const step = await get(`/k/${site.slug}/handlingsveileder/bti/start?lang=nb`);
    expect(step.body).toMatch(/<span class="pub-choice__label" lang="nn">Eg er uroleg for eit barn/);

    const doc = await get(`/k/${site.slug}/dokumenter/rutine?lang=en`);
    expect(doc.body).toMatch(/<h1 class="ds-heading" data-size="lg" lang="nn">Rutine for samarbeid<\/h1>/);
    expect(doc.body).not.toMatch(/<(?!html)[^>]* lang="nb"(?! hrefLang)/);
  });

  it.each([
    ['en-GB,en;q=0.9', 'en'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO,nb;q=0.5', 'nn'],
    ['de-DE,sv;q=0.8', 'nn'],
    ['en;q=0.5, nb;q=0.8', 'nb'],
    ['nb;q=0, en;q=0.1', 'en'],
    ['*', 'nn'],
    ['', 'nn'],
  ])('chooses by Accept-Language «%s» without ?lang: %s', async (header, expected) => {
    const res = await get(`/k/${site.slug}/tjenester`, { 'accept-language': header });
    expect(htmlLang(res.body)).toBe(expected);
    expect(res.headers.vary).toMatch(/accept-language/i);
  });

  it('lets ?lang win over Accept-Language, without Vary, and keeps it in every link', async () => {
    const res = await get(`/k/${site.slug}/tjenester?lang=nn`, { 'accept-language': 'en' });
    expect(htmlLang(res.body)).toBe('nn');
    expect(res.headers.vary ?? '').not.toMatch(/accept-language/i);
    // A reader who chose the main language keeps it even where the browser asks for another.
    expect(res.body).toContain(`href="/k/${site.slug}/tjenester/ppt?lang=nn"`);
    expect(res.body).toContain('<input type="hidden" name="lang" value="nn"/>');
  });

  it('keeps canonical addresses off the header: the main language has the address without ?lang, the others name theirs', async () => {
    const origin = (await get(`/k/${site.slug}`)).body.match(/<link rel="canonical" href="(https?:\/\/[^/"]+)/)![1];
    const base = `${origin}/k/${site.slug}/tjenester`;
    const alternates = [`nb ${base}?lang=nb`, `nn ${base}`, `en ${base}?lang=en`, `x-default ${base}`];
    for (const [headers, canonical] of [
      [{}, base], [{ 'accept-language': 'de' }, base], [{ 'accept-language': 'nn-NO' }, base], [{ 'accept-language': 'en' }, `${base}?lang=en`],
    ] as const) {
      const res = await get(`/k/${site.slug}/tjenester`, headers);
      expect(links(res.body, 'canonical')).toEqual([canonical]);
      expect(links(res.body, 'alternate')).toEqual(alternates);
    }
    expect(links((await get(`/k/${site.slug}/tjenester?lang=nn`)).body, 'canonical')).toEqual([base]);
    expect(links((await get(`/k/${site.slug}/tjenester?lang=nb`)).body, 'canonical')).toEqual([`${base}?lang=nb`]);
    // Language links always name the language: the address without one follows the browser.
    const page = (await get(`/k/${site.slug}/tjenester`, { 'accept-language': 'en' })).body;
    for (const l of ['nb', 'nn', 'en']) expect(page).toContain(`href="/k/${site.slug}/tjenester?lang=${l}"`);
    // Links inside a page the browser chose English for stay English.
    expect(page).toContain(`href="/k/${site.slug}/tjenester/ppt?lang=en"`);
    expect((await get(`/k/${site.slug}/tjenester`)).body).toContain(`href="/k/${site.slug}/tjenester/ppt"`);
  });

  it('keeps a bokmål municipality in bokmål by default, with its canonical address without ?lang', async () => {
    const res = await get(`/k/${bokmaalSlug}`, { 'accept-language': 'sv-SE' });
    expect(htmlLang(res.body)).toBe('nb');
    expect(links(res.body, 'canonical')[0]).toMatch(new RegExp(`/k/${bokmaalSlug}$`));
    expect(htmlLang((await get(`/k/${bokmaalSlug}`, { 'accept-language': 'nn' })).body)).toBe('nn');
    // The 404 page follows the browser too, and says so to caches.
    const missing = await get('/k/finst-ikkje', { 'accept-language': 'en' });
    expect(missing.statusCode).toBe(404);
    expect(htmlLang(missing.body)).toBe('en');
    expect(missing.headers.vary).toMatch(/accept-language/i);
  });
});
