import { describe, expect, it } from 'vitest';
import { buildService } from '../helpers/content-factories.js';
import { buildUnit } from '../helpers/factories.js';
import { publicSiteTestApp } from '../helpers/public-site-app.js';

/**
 * The public catalogue's new fields (issue 9, item 5) without JavaScript: GET filters for who can
 * refer, target group, free and drop-in, ages to 25; the service page shows them, in nb, nn and
 * en; and a service without any contact details has no empty «Kontakt» (item 7).
 */
const site = publicSiteTestApp({ name: 'Fjordvik kommune', municipalityNumber: '4647' }, async (db, tenant) => {
  const unit = await buildUnit(db, tenant.id, { name: 'Helsetjenesten', type: 'health_centre' });
  const department = await buildUnit(db, tenant.id, { name: 'Helsestasjon for ungdom', type: 'health_centre' });
  await db.updateTable('units').set({ parent_id: unit.id }).where('id', '=', department.id).execute();
  await buildService(db, tenant.id, {
    name: 'Ungdomsklinikken', slug: 'ungdomsklinikken', unitId: department.id, referrers: ['self', 'school_nurse'], cost: 'free', dropIn: true,
    ageFrom: 13, ageTo: 25, phones: [{ number: '22 33 44 55', label: 'Sentralbord' }, { number: '+46 8 123 456 78', label: '' }],
  });
  await buildService(db, tenant.id, {
    name: 'Svangerskapsomsorg', slug: 'svangerskap', referrers: ['self', 'doctor'], ageFrom: null, ageTo: null, targetGroups: ['pregnant'],
    interMunicipal: { name: 'Jordmortjenesten i Midtfjorden', hostNumber: '4601', hostName: 'Bergen' },
  });
  await buildService(db, tenant.id, {
    name: 'Foreldrekurs', slug: 'foreldrekurs', referrers: ['self'], cost: 'fee', ageFrom: null, ageTo: null, targetGroups: ['parents'],
    nb: { costText: 'Kurset koster 300 kroner.' },
  });
  // Nothing to contact: no phones, e-mail, address, opening hours, contact persons or links.
  await buildService(db, tenant.id, { name: 'Tiltak uten kontakt', slug: 'uten-kontakt', referrers: ['child_welfare'] });
});

const names = (body: string) => [...body.matchAll(/class="ds-card pub-card"[\s\S]*?<a class="ds-link" href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('public catalogue: the new filters, as GET parameters', () => {
  it('filters by who can refer, target group, free only, drop-in only and an age up to 25', async () => {
    const list = async (query: string) => {
      const res = await site.get(`/k/${site.slug}/tjenester?${query}`);
      expect(res.statusCode, query).toBe(200);
      return names(res.body);
    };
    expect(await list('henviser=doctor')).toEqual(['Svangerskapsomsorg']);
    expect(await list('henviser=doctor&henviser=school_nurse')).toEqual(['Svangerskapsomsorg', 'Ungdomsklinikken']);
    expect(await list('gruppe=pregnant')).toEqual(['Svangerskapsomsorg']);
    expect(await list('gratis=1')).toEqual(['Ungdomsklinikken']);
    expect(await list('dropin=1')).toEqual(['Ungdomsklinikken']);
    expect(await list('alder=25')).toEqual(['Ungdomsklinikken']);
    expect(await list('alder=24&gratis=1&dropin=1&henviser=self')).toEqual(['Ungdomsklinikken']);
  });

  it('keeps the choices in the form and the language links, and names values the form could not have sent', async () => {
    const res = await site.get(`/k/${site.slug}/tjenester?henviser=doctor&gruppe=pregnant&gratis=1&dropin=1&alder=25`);
    expect(res.body).toMatch(/name="henviser" value="doctor" checked=""|name="henviser" checked="" value="doctor"/);
    expect(res.body).toMatch(/name="gratis" value="1" checked=""|name="gratis" checked="" value="1"/);
    expect(res.body).toContain('<option value="25" selected="">');
    expect(res.body).toContain('henviser=doctor&amp;gruppe=pregnant&amp;gratis=1&amp;dropin=1');
    const odd = await site.get(`/k/${site.slug}/tjenester?henviser=naboen&gruppe=katter&alder=26`);
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('Noen av de valgte henviserne finnes ikke og er tatt bort.');
    expect(odd.body).toContain('Noen av de valgte målgruppene finnes ikke og er tatt bort.');
    expect(odd.body).toContain('Velg en alder mellom 0 og 25 år');
  });

  it('labels the filters in nynorsk and English', async () => {
    const nn = await site.get(`/k/${site.slug}/tjenester?lang=nn`);
    expect(nn.body).toContain('Kven kan tilvise?');
    expect(nn.body).toContain('Berre gratis tilbod');
    const en = await site.get(`/k/${site.slug}/tjenester?lang=en`);
    expect(en.body).toContain('Who can refer?');
    expect(en.body).toContain('Pregnant women');
    expect(en.body).toContain('No appointment needed (drop-in)');
  });
});

describe('public service page: the new fields', () => {
  it('shows the department path, who can refer, drop-in, free, ages to 25 and every phone number with its label', async () => {
    const res = await site.get(`/k/${site.slug}/tjenester/ungdomsklinikken`);
    expect(res.body).toContain('Helsetjenesten › Helsestasjon for ungdom');
    expect(res.body).toContain('Du selv (selvhenvisning), Helsesykepleier');
    expect(res.body).toContain('Du kan komme uten timeavtale.');
    expect(res.body).toContain('13–25 år');
    expect(res.body).toContain('Sentralbord: </span><a class="ds-link" href="tel:22334455">22 33 44 55</a>');
    expect(res.body).toContain('href="tel:+46812345678"');
  });

  it('shows a target group without ages, the inter-municipal host, and a fee with its text', async () => {
    const pregnant = await site.get(`/k/${site.slug}/tjenester/svangerskap?lang=en`);
    expect(pregnant.body).toContain('Pregnant women');
    expect(pregnant.body).not.toContain('<dt>Age</dt>');
    expect(pregnant.body).toContain('Jordmortjenesten i Midtfjorden');
    expect(pregnant.body).toContain('Host municipality: Bergen (municipality number 4601)');
    const course = await site.get(`/k/${site.slug}/tjenester/foreldrekurs`);
    expect(course.body).toContain('Koster penger');
    expect(course.body).toContain('Kurset koster 300 kroner.');
  });

  it('has no «Kontakt» heading when the service has no contact details (regression)', async () => {
    const res = await site.get(`/k/${site.slug}/tjenester/uten-kontakt`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('id="kontakt"');
    expect(res.body).not.toContain('>Kontakt</h2>');
    const withContact = await site.get(`/k/${site.slug}/tjenester/ungdomsklinikken`);
    expect(withContact.body).toContain('id="kontakt"');
  });
});
