import { describe, expect, it } from 'vitest';
import { publicSiteTestApp } from '../helpers/public-site-app.js';
import { buildTenant } from '../helpers/factories.js';
import { buildService } from '../helpers/content-factories.js';

/** The public pages through app.inject: HTML without login, script or personal data. The guide and library: public-site-guide-library.test.ts. */
describe('public site', () => {
  const site = publicSiteTestApp({ name: 'Solvik kommune', municipalityNumber: '4999' }, async (db, tenant) => {
    const other = await buildTenant(db, { name: 'Annen kommune', municipalityNumber: '4998' });
    await buildService(db, other.id, { name: 'Annen kommunes helsestasjon', slug: 'helsestasjon' });

    await buildService(db, tenant.id, {
      name: 'Helsestasjon for ungdom', slug: 'helsestasjon-for-ungdom', serviceType: 'health', ageFrom: 13, ageTo: 20,
      needs: ['someone_to_talk_to', 'mental_health'],
      nb: { summary: 'Gratis samtaler med helsesykepleier for ungdom.', whatWeOffer: 'Samtaler om **alt** som er vanskelig.', whoWeAre: 'Helsesykepleiere og lege.' },
      nn: { name: 'Helsestasjon for ungdom', summary: 'Gratis samtalar med helsesjukepleiar for ungdom.', whatWeOffer: 'Samtalar om alt som er vanskeleg.' },
    });
    await buildService(db, tenant.id, {
      name: 'Åpen barnehage', slug: 'apen-barnehage', serviceType: 'kindergarten', ageFrom: 0, ageTo: 5, needs: ['family_and_parenting'],
      nb: { summary: 'Et møtested for små barn og foreldre.', whatWeOffer: 'En barnehage der foreldrene er med.' },
    });
    await buildService(db, tenant.id, { name: 'Hemmelig utkast', slug: 'hemmelig-utkast', status: 'draft' });
    await buildService(db, tenant.id, {
      name: 'Farlig tekst', slug: 'farlig-tekst', serviceType: 'other',
      nb: {
        summary: 'Oppsummering <script>alert(1)</script>',
        whatWeOffer: 'Hei <script>alert("x")</script> [klikk](javascript:alert(1)) <img src=x onerror=alert(1)>',
        howToGetHelp: '<a href="javascript:alert(2)">her</a>',
      },
      links: [{ label: 'Les mer', url: 'https://example.org/les' }],
    });
    for (let i = 1; i <= 23; i++) {
      await buildService(db, tenant.id, { name: `Fritidstilbud ${String(i).padStart(2, '0')}`, slug: `fritid-${i}`, serviceType: 'leisure', ageFrom: 6, ageTo: 18 });
    }
  });
  const { ctx, get, pages } = site;

  it('shows the municipality page with skip link, language links, the three ways in and the accessibility link', async () => {
    const res = await get(`/k/${site.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    const html = res.body;
    expect(html.startsWith('<!doctype html><html lang="nb">')).toBe(true);
    expect(html).toContain('Solvik kommune');
    expect(html).toContain('href="#main"');
    expect(html).toContain(`href="/k/${site.slug}/tjenester"`);
    expect(html).toContain(`href="/k/${site.slug}/handlingsveileder"`);
    expect(html).toContain(`href="/k/${site.slug}/dokumenter"`);
    expect(html).toContain(`href="/k/${site.slug}/tilgjengelighet"`);
    expect(html).toContain(`href="/k/${site.slug}?lang=nn"`);
    expect(html).toMatch(/<title>[^<]*Solvik kommune<\/title>/);
    expect(html).toContain('<meta name="description"');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/k/${site.slug}"/>`);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it('is not cached when it clears a stale session cookie', async () => {
    const res = await get(`/k/${site.slug}`, { cookie: 'samla_session=not-a-session' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('samla_session=;');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('speaks nynorsk and English, and keeps the language on every link', async () => {
    const nn = await get(`/k/${site.slug}?lang=nn`);
    expect(nn.body).toContain('<html lang="nn">');
    expect(nn.body).toContain('Tenester');
    expect(nn.body).toContain(`href="/k/${site.slug}/tjenester?lang=nn"`);
    const en = await get(`/k/${site.slug}/tjenester?lang=en&alder=14`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Services for children, young people and families');
    expect(en.body).toContain(`href="/k/${site.slug}/tjenester?alder=14&amp;lang=nn"`);
    expect(en.body).toContain('<input type="hidden" name="lang" value="en"/>');
    const unknown = await get(`/k/${site.slug}?lang=de`);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<html lang="nb">');
  });

  it('links the municipality’s own accessibility statement, or says none is registered', async () => {
    const none = await get(`/k/${site.slug}/tilgjengelighet`);
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('har ikke registrert en tilgjengelighetserklæring');
    const db = ctx.database.db;
    const t = await buildTenant(db, { name: 'Erklæring kommune', municipalityNumber: '4997' });
    await db.updateTable('tenants').set({ accessibility_statement_url: 'https://uustatus.no/nb/erklaringer/publisert/abc' }).where('id', '=', t.id).execute();
    const home = await get(`/k/${t.slug}`);
    expect(home.body).toContain('href="https://uustatus.no/nb/erklaringer/publisert/abc"');
    const page = await get(`/k/${t.slug}/tilgjengelighet`);
    expect(page.body).toContain('Les tilgjengelighetserklæringen');
  });

  describe('service catalogue', () => {
    it('lists published services of this municipality only, with a count, cards and pages', async () => {
      const res = await get(`/k/${site.slug}/tjenester`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('26 tjenester passer');
      expect(res.body).not.toContain('Hemmelig utkast');
      expect(res.body).not.toContain('Annen kommunes helsestasjon');
      expect(res.body).toContain('aria-label="Side 2"');
      expect(res.body).toContain(`href="/k/${site.slug}/tjenester?side=2"`);
      const second = await get(`/k/${site.slug}/tjenester?side=2`);
      expect(second.body).toContain('Side 2 av 2');
      expect((second.body.match(/class="ds-card pub-card"/g) ?? []).length).toBe(6);
      const beyond = await get(`/k/${site.slug}/tjenester?side=9`);
      expect(beyond.statusCode).toBe(200);
      expect(beyond.body).toContain('Det er ikke så mange sider med resultater.');
      expect(beyond.body).toContain(`href="/k/${site.slug}/tjenester">Gå til første side`);
    });

    it('finds «barnehage» from «barnehagene», and a 14-year-old’s someone to talk to through the filters', async () => {
      const stemmed = await get(`/k/${site.slug}/tjenester?q=barnehagene`);
      expect(stemmed.body).toContain('Åpen barnehage');
      expect(stemmed.body).toContain('1 tjeneste passer');
      const filtered = await get(`/k/${site.slug}/tjenester?alder=14&behov=someone_to_talk_to`);
      expect(filtered.body).toContain('Helsestasjon for ungdom');
      expect(filtered.body).not.toContain('Åpen barnehage');
      expect(filtered.body).toMatch(/name="behov" checked="" value="someone_to_talk_to"/);
      expect(filtered.body).toContain('<option value="14" selected="">');
      const typed = await get(`/k/${site.slug}/tjenester?type=kindergarten`);
      expect(typed.body).toContain('Åpen barnehage');
      expect(typed.body).not.toContain('Helsestasjon for ungdom');
    });

    it('shows an empty state, and names values the form could not have sent instead of refusing them', async () => {
      const empty = await get(`/k/${site.slug}/tjenester?q=sirkusskole`);
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('Vi fant ingen tjenester');
      const odd = await get(`/k/${site.slug}/tjenester?alder=abc&type=tivoli&behov=flying&behov=bullying&side=-3`);
      expect(odd.statusCode).toBe(200);
      expect(odd.body).toContain('Velg en alder mellom 0 og 25 år');
      expect(odd.body).toContain('Velg en type fra listen');
      expect(odd.body).toContain('Noen av de valgte behovene finnes ikke');
      expect(odd.body).toContain('aria-invalid="true"');
    });

    it('shows one service with its sections and contact, in nynorsk where translated', async () => {
      const res = await get(`/k/${site.slug}/tjenester/helsestasjon-for-ungdom`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1 class="ds-heading" data-size="lg">Helsestasjon for ungdom</h1>');
      expect(res.body).toContain('Samtaler om <strong>alt</strong> som er vanskelig.');
      expect(res.body).toContain('13–20 år');
      expect(res.body).toContain('Noen å snakke med');
      const nn = await get(`/k/${site.slug}/tjenester/helsestasjon-for-ungdom?lang=nn`);
      expect(nn.body).toContain('Samtalar om alt som er vanskeleg.');
      expect(nn.body).not.toContain('finst ikkje på nynorsk');
      const fallback = await get(`/k/${site.slug}/tjenester/apen-barnehage?lang=nn`);
      expect(fallback.body).toContain('Denne teksten finst ikkje på nynorsk enno');
      expect(fallback.body).toContain('lang="nb"');
    });

    it('renders script and javascript: in a service’s texts harmless', async () => {
      const res = await get(`/k/${site.slug}/tjenester/farlig-tekst`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/<script/i);
      expect(res.body).not.toMatch(/<a\s[^>]*javascript:/i);
      expect(res.body).not.toMatch(/<img/i);
      expect(res.body).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(res.body).toContain('&lt;script&gt;');
      expect(res.body).toContain('href="https://example.org/les"');
    });

    it('answers an unknown, draft or other municipality’s service with the HTML 404 page', async () => {
      for (const url of [`/k/${site.slug}/tjenester/finnes-ikke`, `/k/${site.slug}/tjenester/hemmelig-utkast`, `/k/${site.slug}/tjenester/helsestasjon`, `/k/${site.slug}/tjenester/Ikke%20slug`]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.body).toContain('Vi fant ikke siden');
        expect(res.body).toContain('Solvik kommune');
      }
    });
  });

  describe('not found and errors', () => {
    it('answers unknown municipalities and addresses with the same HTML 404 page', async () => {
      for (const url of ['/k/finnes-ikke', '/k/finnes-ikke/tjenester', `/k/${site.slug}/noe/helt/annet`, '/k', '/k/%C3%A6%C3%B8']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
        expect(res.body, url).toContain('Vi fant ikke siden');
      }
      const inFrame = await get(`/k/${site.slug}/noe/annet`);
      expect(inFrame.body).toContain('Solvik kommune');
    });

    it('sends an address with a trailing slash to the one without', async () => {
      const res = await get(`/k/${site.slug}/tjenester/?q=helse`);
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(`/k/${site.slug}/tjenester?q=helse`);
    });

    it('answers control characters in the query with an HTML page, not JSON', async () => {
      const res = await get(`/k/${site.slug}/tjenester?q=%01`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Siden kunne ikke vises');
    });
  });

  describe('style sheet and fonts', () => {
    it('serves the content-hashed style sheet for a year, with an ETag and gzip', async () => {
      const page = await get(`/k/${site.slug}`);
      const href = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1];
      expect(href).toMatch(/^\/offentlig\/samla\.[0-9a-f]{16}\.css$/);
      const css = await ctx.app.inject({ method: 'GET', url: href! });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(css.body).toContain('.ds-button');
      expect(css.body).toContain('.pub-header');
      expect(css.body).toContain('--ds-color-accent-base-default');
      const again = await ctx.app.inject({ method: 'GET', url: href!, headers: { 'if-none-match': String(css.headers.etag) } });
      expect(again.statusCode).toBe(304);
      const gz = await ctx.app.inject({ method: 'GET', url: '/offentlig/samla.css', headers: { 'accept-encoding': 'gzip, br' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['cache-control']).toBe('public, max-age=300');
      expect(gz.rawPayload.length).toBeLessThan(css.rawPayload.length / 3);

      const font = /url\((\/offentlig\/inter-latin-400-normal\.[0-9a-f]{16}\.woff2)\)/.exec(css.body)?.[1];
      expect(font).toBeDefined();
      expect(css.body).not.toContain('cyrillic');
      const woff = await ctx.app.inject({ method: 'GET', url: font! });
      expect(woff.statusCode).toBe(200);
      expect(woff.headers['content-type']).toBe('font/woff2');
      expect(woff.rawPayload.subarray(0, 4).toString()).toBe('wOF2');
      expect((await ctx.app.inject({ method: 'GET', url: '/offentlig/../../package.json' })).statusCode).toBe(404);
      expect((await ctx.app.inject({ method: 'GET', url: '/offentlig/finnes.css' })).statusCode).toBe(404);
    });
  });

  it('never sends a script tag on any public page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const html of pages) expect(html).not.toMatch(/<script/i);
  });
});
