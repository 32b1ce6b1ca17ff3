import { expect, test, type Page } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { defaultLevels } from '../../src/server/features/levels/default-levels.js';
import { dayOffset, loginAs, newPerson, pageChecker } from './journey.js';

const checkPage = pageChecker('issue9-done-when');

/** «Eksempel kommune»'s public pages: the slug the database gives its name. */
const HOME = '/k/eksempel';
const ADMIN = 'Tore Systad';
const COORDINATOR = 'Randi Kvam';
const TEACHER = DEMO_KNOWN.liaTeacherName;
const CHILD = `${DEMO_KNOWN.liaChildGivenName} ${DEMO_KNOWN.liaChildFamilyName}`;
/** The guides this journey adds (names and addresses of their own: tenant-shape.spec.ts adds «barnehage» and «skole»). */
const KINDERGARTEN = { nb: 'Barnehagens BTI-veileder', nn: 'BTI-rettleiar for barnehagane', slug: 'bti-barnehage' };
const SCHOOL = { nb: 'Skolens BTI-veileder', nn: 'BTI-rettleiar for skulane', slug: 'bti-skule' };
const SERVICE = 'Ettervernskafeen på torget';

/** The administrator's «Kommunen» page: choose the main language and save it. */
async function chooseMainLanguage(page: Page, language: 'Bokmål' | 'Nynorsk', saved: string | RegExp): Promise<void> {
  await page.goto('/admin/kommunen');
  await page.getByRole('radio', { name: language }).check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText(saved)).toBeVisible();
}

/** The staff app follows the main language until the user chooses one: this person chooses bokmål. */
async function chooseBokmal(page: Page): Promise<void> {
  const form = page.locator('form.samla-language');
  await form.getByRole('combobox').selectOption('nb');
  await form.getByRole('button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
}

async function fillLevel(page: Page, n: number, nb: { name: string; title: string }, nn: { name: string; title: string }) {
  const card = page.getByRole('group', { name: new RegExp(`^${n}\\. nivå`) });
  await card.getByRole('textbox', { name: 'Navn' }).first().fill(nb.name);
  await card.getByRole('textbox', { name: 'Kort tittel' }).first().fill(nb.title);
  await card.getByText('På nynorsk (valgfritt)').click();
  await card.getByRole('textbox', { name: 'Navn' }).nth(1).fill(nn.name);
  await card.getByRole('textbox', { name: 'Kort tittel' }).nth(1).fill(nn.title);
}

async function addGuide(page: Page, guide: { nb: string; nn: string; slug: string }): Promise<void> {
  await page.goto('/innhold/veileder');
  // The editor has its guides and steps before the form opens (a form sent while it loads is lost).
  await expect(page.getByRole('navigation', { name: 'Velg veileder' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nytt steg', exact: true })).toBeVisible();
  await page.getByText('Ny veileder', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Ny veileder' });
  await form.getByLabel('Navn på bokmål').fill(guide.nb);
  await form.getByLabel('Navn på nynorsk (valgfritt)').fill(guide.nn);
  await form.getByLabel('Adresse').fill(guide.slug);
  await form.getByRole('button', { name: 'Legg til veilederen' }).click();
  await expect(page.getByRole('link', { name: guide.nb })).toHaveAttribute('aria-current', 'page');
}

/** A step with a deadline in the guide open in the editor; its main text is the municipality's nynorsk. */
async function addStepWithDeadline(page: Page, step: { title: string; key: string; days: string; concernDecision?: boolean }): Promise<void> {
  await page.getByRole('link', { name: 'Nytt steg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(step.title);
  await page.getByLabel('Type').selectOption({ label: 'Slutt' });
  await page.getByLabel('Frist i dager').fill(step.days);
  // The step editor's work point: this step's deadline becomes the concern's decision deadline.
  if (step.concernDecision) await page.getByRole('checkbox', { name: 'Dette steget er beslutningen på bekymringsnivået' }).check();
  // Last: leaving the title proposes a key made from it.
  await page.getByRole('textbox', { name: 'Nøkkel' }).fill(step.key);
  if (step.concernDecision) await checkPage(page, 'step tied to the concern decision');
  await page.getByRole('button', { name: 'Lagre steget' }).click();
  await expect(page.getByText(step.title).first()).toBeVisible();
}

/** The coordinator's cleanup through the API: her guides go (with their steps and the work point), BTI's levels come back. */
async function restoreContent(page: Page): Promise<void> {
  const { csrfToken } = await (await page.request.get('/api/session')).json() as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const editor = await (await page.request.get('/api/content/guide')).json() as { guides: { id: string; slug: string }[] };
  for (const guide of editor.guides.filter((g) => g.slug === KINDERGARTEN.slug || g.slug === SCHOOL.slug)) {
    expect((await page.request.delete(`/api/content/guides/${guide.id}`, { headers })).status()).toBe(200);
  }
  const restored = await page.request.put('/api/content/levels', {
    headers, data: { levels: defaultLevels.map(({ key, content }) => ({ key, content })) },
  });
  expect(restored.status()).toBe(200);
}

/**
 * Issue 9, «Done when»: a coordinator of a nynorsk municipality with three levels named A, B and C
 * sets up a kindergarten guide and a school guide, each with a step with a deadline, and publishes a
 * service with «who can refer», cost, drop-in and an age range to 25; the public pages show it all in
 * nynorsk by default with the right `lang`; a teacher's concern takes its decision deadline from the
 * guide's step. (A baton passed with a move: handover-move.spec.ts.) Every page at zero axe violations
 * and without sideways scrolling at 320 px. Language and guides are given back as they were; the level
 * model cannot be: BTI's levels come back by their keys, but what was mapped to C stays there and the
 * model stays the municipality's own (no way back to «Samlas standard»). So this journey runs last (its
 * file name sorts after the others), as tenant-shape.spec.ts's first journey needs the demo's default.
 */
test('a nynorsk municipality with levels A, B and C, two guides with deadlines and a service: public pages in nynorsk, a concern due by the guide', async ({ page, browser }) => {
  test.setTimeout(420_000);
  // 1. The system administrator makes «Eksempel kommune» a nynorsk municipality.
  await loginAs(page, ADMIN);
  await page.goto('/admin/kommunen');
  await expect(page.getByRole('group', { name: 'Kommunens hovedmålform' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Bokmål' })).toBeChecked();
  const coordinator = await newPerson(browser);
  try {
    await chooseMainLanguage(page, 'Nynorsk', 'Endringane er lagra.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await checkPage(page, 'municipality nynorsk');

    // 2. The coordinator: her staff app opens in the municipality's nynorsk; she chooses bokmål for herself.
    await loginAs(coordinator, COORDINATOR);
    await expect(coordinator.locator('html')).toHaveAttribute('lang', 'nn');
    await chooseBokmal(coordinator);

    // Three levels named A, B and C (bokmål and nynorsk); the level that goes («Nivå 2») is mapped to C.
    await coordinator.goto('/innhold/nivaer');
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Nivåer' })).toBeVisible();
    await coordinator.getByRole('group', { name: /^3\. nivå/ }).getByRole('button', { name: 'Fjern nivået' }).click();
    await expect(coordinator.getByRole('group', { name: /^4\. nivå/ })).toHaveCount(0);
    await fillLevel(coordinator, 1, { name: 'Nivå A', title: 'Undring' }, { name: 'Nivå A', title: 'Undring og uro' });
    await fillLevel(coordinator, 2, { name: 'Nivå B', title: 'Eget tiltak' }, { name: 'Nivå B', title: 'Eige tiltak' });
    await fillLevel(coordinator, 3, { name: 'Nivå C', title: 'Tverrfaglig samarbeid' }, { name: 'Nivå C', title: 'Tverrfagleg samarbeid' });
    await coordinator.getByRole('button', { name: 'Lagre nivåene' }).click();
    await expect(coordinator.getByText('Velg hvilket nivå dette blir til.')).toBeVisible();
    await coordinator.getByLabel('«Nivå 2» blir til').selectOption({ label: 'Nivå C' });
    await checkPage(coordinator, 'levels mapping');
    await coordinator.getByRole('button', { name: 'Lagre nivåene' }).click();
    await expect(coordinator.getByText('Nivåene er lagret.')).toBeVisible();
    await expect(coordinator.getByRole('group', { name: /^4\. nivå/ })).toHaveCount(0);
    await checkPage(coordinator, 'levels saved');

    // A kindergarten guide and a school guide, each with a step with a deadline; the school's is the concern's decision.
    await addGuide(coordinator, KINDERGARTEN);
    await addStepWithDeadline(coordinator, { title: 'Samtale med foreldra', key: 'bti-bhg-samtale', days: '14' });
    await checkPage(coordinator, 'guide editor kindergarten');
    await addGuide(coordinator, SCHOOL);
    await addStepWithDeadline(coordinator, { title: 'Avgjerd om uroa', key: 'bti-skule-avgjerd', days: '7', concernDecision: true });
    await checkPage(coordinator, 'guide editor school');

    // A service that the school can refer to, free, with drop-in, for ages 18–25; its main text in nynorsk.
    await coordinator.goto('/innhold/tjenester/ny');
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Ny tjeneste' })).toBeVisible();
    await coordinator.getByLabel('Type tjeneste').selectOption('child_welfare');
    await coordinator.getByLabel('Fra alder').fill('18');
    await coordinator.getByLabel('Til alder').fill('25');
    await coordinator.getByRole('checkbox', { name: 'Unge voksne (ettervern)' }).check();
    const referrers = coordinator.getByRole('group', { name: 'Hvem kan henvise?' });
    await expect(referrers.getByRole('checkbox', { name: 'Du selv (selvhenvisning)' })).toBeChecked();
    await referrers.getByRole('checkbox', { name: 'Skolen' }).check();
    await referrers.getByRole('checkbox', { name: 'NAV' }).check();
    await coordinator.getByRole('radio', { name: 'Gratis' }).check();
    await coordinator.getByRole('checkbox', { name: 'Drop-in: man kan komme uten timeavtale' }).check();
    const main = (field: string) => coordinator.locator(`[name="content.nb.${field}"]`);
    await main('name').fill(SERVICE);
    await main('summary').fill('Ein uformell stad å kome innom for deg som har hatt hjelp frå barnevernet.');
    await main('whatWeOffer').fill('Kaffi, samtalar og hjelp med bustad, skule og jobb.');
    await main('howToGetHelp').fill('Kom innom på tysdagar, eller be skulen eller NAV om å ta kontakt.');
    await coordinator.getByRole('button', { name: 'Legg til telefonnummer' }).click();
    await coordinator.getByRole('textbox', { name: 'Nummer', exact: true }).fill('12 34 59 98');
    await checkPage(coordinator, 'service editor filled');
    await coordinator.getByRole('button', { name: 'Opprett utkast' }).click();
    await expect(coordinator.getByText('Tjenesten er opprettet som utkast.')).toBeVisible();
    await coordinator.getByRole('button', { name: 'Publiser', exact: true }).click();
    await expect(coordinator.getByText('Tjenesten er publisert.', { exact: true })).toBeVisible();
    await checkPage(coordinator, 'service published');

    // 3. A visitor without login, whose browser asks for a language the pages do not have: nynorsk, lang="nn".
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'de-DE' });
    const visitor = await context.newPage();
    await visitor.goto(`${HOME}/handlingsveileder`);
    await expect(visitor.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Handlingsrettleiar' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: KINDERGARTEN.nn })).toBeVisible();
    await expect(visitor.getByRole('link', { name: SCHOOL.nn })).toBeVisible();
    await checkPage(visitor, 'public guide choice');
    await visitor.getByRole('link', { name: KINDERGARTEN.nn }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: KINDERGARTEN.nn })).toBeVisible();
    await visitor.getByRole('link', { name: 'Samtale med foreldra' }).click();
    await expect(visitor.getByText('innan 14 dagar')).toBeVisible();
    await expect(visitor.locator('html')).toHaveAttribute('lang', 'nn');
    await checkPage(visitor, 'public kindergarten step');
    await visitor.goto(`${HOME}/handlingsveileder/${SCHOOL.slug}`);
    await expect(visitor.getByRole('heading', { level: 1, name: SCHOOL.nn })).toBeVisible();
    await visitor.getByRole('link', { name: 'Avgjerd om uroa' }).click();
    await expect(visitor.getByText('innan ei veke')).toBeVisible();
    await checkPage(visitor, 'public school step');
    // The levels by the municipality's names, in nynorsk.
    await visitor.goto(`${HOME}/handlingsveileder/bti`);
    await expect(visitor.getByRole('heading', { level: 3, name: 'Nivå C Tverrfagleg samarbeid' })).toBeVisible();
    await checkPage(visitor, 'public default guide levels');

    // The service: found by its filters, its page with who can refer, cost, drop-in and the ages, in nynorsk.
    await visitor.goto(`${HOME}/tjenester?alder=24&henviser=school&gratis=1&dropin=1`);
    await expect(visitor.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(visitor.getByRole('link', { name: SERVICE })).toBeVisible();
    await checkPage(visitor, 'public search');
    await visitor.getByRole('link', { name: SERVICE }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: SERVICE })).toBeVisible();
    await expect(visitor.locator('html')).toHaveAttribute('lang', 'nn');
    // Its main text is the municipality's nynorsk: nothing on the page claims bokmål but the «Bokmål» link.
    expect(await visitor.locator('body [lang="nb"]').count()).toBe(1);
    await expect(visitor.getByText('18–25 år').first()).toBeVisible();
    await expect(visitor.getByText('Du sjølv (sjølvtilvising), Skulen, NAV')).toBeVisible();
    await expect(visitor.getByText('Du kan kome utan timeavtale.')).toBeVisible();
    await expect(visitor.getByText('Gratis').first()).toBeVisible();
    await checkPage(visitor, 'public service');
    await context.close();

    // 4. The teacher's concern about her pupil: decided by the guide's step, within 7 days, not the municipality's 14.
    const teacher = await newPerson(browser);
    await loginAs(teacher, TEACHER);
    await chooseBokmal(teacher);
    await teacher.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
    await teacher.getByLabel('Navn eller fødselsnummer').fill(DEMO_KNOWN.liaChildGivenName);
    await teacher.getByLabel('Navn eller fødselsnummer').press('Enter');
    await teacher.getByRole('link', { name: new RegExp(DEMO_KNOWN.liaChildGivenName) }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: CHILD })).toBeVisible();
    await teacher.getByRole('link', { name: 'Registrer bekymring' }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: 'Registrer bekymring' })).toBeVisible();
    await teacher.getByLabel('Hva har du observert?').fill('Tiril har vore trøytt og stille i timane den siste veka.');
    await teacher.getByRole('radio', { name: /Trinn 2: Vær oppmerksom – redusert trivsel/ }).check();
    await teacher.getByRole('group', { name: 'Signaler' }).getByRole('checkbox').first().check();
    await teacher.getByRole('radio', { name: 'Jeg har sett det selv' }).check();
    await checkPage(teacher, 'new concern');
    await teacher.getByRole('button', { name: 'Registrer bekymring' }).click();
    await expect(teacher).toHaveURL(/\/bekymringer\/[0-9a-f-]{36}$/);
    await expect(teacher.getByText('Bekymringen er registrert.')).toBeVisible();
    const due = teacher.locator('dt', { hasText: 'Frist for beslutning' }).locator('xpath=following-sibling::dd[1]');
    const date = (iso: string) => iso.split('-').reverse().join('.');
    await expect(due).toContainText(date(dayOffset(7)));
    await expect(due).not.toContainText(date(dayOffset(14)));
    await checkPage(teacher, 'concern due by the guide');
    await teacher.context().close();
  } finally {
    // 5. The demo as the journeys after this one know it: BTI's levels, no extra guides, bokmål.
    try {
      await restoreContent(coordinator);
    } finally {
      await coordinator.context().close();
      await chooseMainLanguage(page, 'Bokmål', /Endringene er lagret\.|Endringane er lagra\./);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    }
  }
});
