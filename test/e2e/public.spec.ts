import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { pdfText } from '../helpers/pdf.js';
import { expectAccessible } from './axe.js';
import { loginAs } from './journey.js';

/** «Eksempel kommune»'s public pages: the slug the database gives its name. */
const HOME = '/k/eksempel';
const COORDINATOR = 'Randi Kvam';

/** Someone at home with no Samla account: a browser context of their own, no cookies. */
async function newVisitor(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, javaScriptEnabled: opts.javaScriptEnabled ?? true });
  return context.newPage();
}

/**
 * Set E2E_SCREENSHOTS=<folder> to keep a picture of each page the journey checks. axe runs as
 * script in the page; for a visitor without JavaScript it checks the same address in a second
 * browser that has it (the public pages are the same HTML either way: they have no script).
 */
async function checkPage(page: Page, label: string, withScript?: Page): Promise<void> {
  if (withScript) await withScript.goto(page.url());
  await expectAccessible(withScript ?? page, label);
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/public-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/**
 * The public face (issue 4), as a resident without login and with JavaScript switched off finds
 * it: a service for a 14-year-old who needs someone to talk to, through search and filters; the
 * action guide from «I am worried about a child» to level 1; the consent template downloaded.
 * Every page passes axe (WCAG 2.1 AA).
 */
test('a resident finds a service, follows the action guide to level 1 and downloads the consent template', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await newVisitor(browser, { javaScriptEnabled: false });
  const axePage = await newVisitor(browser);
  const check = (label: string) => checkPage(page, label, axePage);
  await page.goto(HOME);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Eksempel');
  await expect(page.getByRole('link', { name: 'Tilgjengelighetserklæring' })).toBeVisible();
  await check('home');

  // The catalogue: search, the child's age and a need.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tjenester' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tjenester for barn, unge og familier' })).toBeVisible();
  await check('services');
  await page.getByLabel('Søkeord').fill('snakke');
  await page.getByLabel('Barnets alder').selectOption('14');
  await page.getByRole('checkbox', { name: 'Noen å snakke med' }).check();
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page).toHaveURL(/q=snakke/);
  await expect(page.getByText(/tjenester? passer/).first()).toBeVisible();
  await check('search results');
  // Services for younger children only are filtered out.
  await expect(page.getByRole('link', { name: /barnehage/i })).toHaveCount(0);
  await page.getByRole('link', { name: DEMO_KNOWN.talkServiceName }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_KNOWN.talkServiceName })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Slik får du hjelp' })).toBeVisible();
  await check('service');

  // The action guide, one answer at a time, from the worry to level 1.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsveileder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsveileder' })).toBeVisible();
  await check('guide');
  await page.getByRole('link', { name: 'Hva gjør jeg nå?' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hva gjør jeg nå?' })).toBeVisible();
  await check('guide start');
  const path = [
    'Jeg er bekymret for et barn',
    'Neste: beskriv uroen konkret',
    'Neste: del uroen med andre',
    'Neste: er det grunn til bekymring?',
    'Ja, det er grunn til bekymring',
    'Nei, vi følger opp selv (nivå 1)',
  ];
  for (const [i, answer] of path.entries()) {
    await page.getByRole('link', { name: answer }).click();
    await expect(page.getByText(/Nivå [0-3]/).first()).toBeVisible();
    if (i === 0 || i === 4) await check(`guide step ${i + 1}`);
  }
  await expect(page.getByText('Du er på').locator('..')).toContainText('Nivå 1');
  await check('guide level 1');

  // The consent template, downloaded from the library.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Planer og maler' }).click();
  await check('documents');
  await page.getByRole('link', { name: 'Samtykke til tverrfaglig samarbeid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samtykke til tverrfaglig samarbeid' })).toBeVisible();
  await check('consent template');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Last ned/ }).first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const text = pdfText(readFileSync(await download.path()));
  expect(text).toMatch(/Samtykke/);
  await page.context().close();
  await axePage.context().close();
});

/** The JSON API as the logged-in page calls it: same cookies, the session's CSRF token. */
async function apiAs(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return page.evaluate(async ({ method, path, body }) => {
    const session = await (await fetch('/api/session')).json();
    const res = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  }, { method, path, body });
}

/**
 * A coordinator publishes a new version of a routine; the public page shows it and the old
 * version stays readable with its date. Script written into a service's texts never runs, in
 * the public page or in Samla.
 */
test('a coordinator publishes a new version of a routine; the old one stays readable', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const added = 'Nytt i denne versjonen: kontaktlæreren melder fra til rektor etter tre dager.';
  await loginAs(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innhold' }).click();
  await page.getByRole('link', { name: 'Dokumenter' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumenter' })).toBeVisible();
  await checkPage(page, 'library editor');
  await page.getByRole('link', { name: DEMO_KNOWN.versionedRoutineTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_KNOWN.versionedRoutineTitle })).toBeVisible();
  await checkPage(page, 'routine editor');

  // The current version is 2; a new draft starts from its text.
  await page.getByRole('button', { name: 'Lag nytt utkast' }).click();
  await expect(page.getByRole('heading', { name: 'Utkast til versjon 3' })).toBeVisible();
  const body = page.getByLabel('Tekst', { exact: true });
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await page.getByLabel('Hva er endret').fill('Fristen for å melde fra er tydeligere.');
  await page.getByRole('button', { name: 'Lagre utkastet' }).click();
  await expect(page.getByText('Utkastet er lagret.')).toBeVisible();
  await checkPage(page, 'routine draft');
  await page.getByRole('button', { name: 'Publiser versjon 3' }).click();
  await expect(page.getByText('Versjon 3 er publisert.')).toBeVisible();

  // On the public pages: version 3 is current, version 2 is still there, marked as older, with its date.
  const visitor = await newVisitor(browser);
  await visitor.goto(`${HOME}/dokumenter/${DEMO_KNOWN.versionedRoutineSlug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: DEMO_KNOWN.versionedRoutineTitle })).toBeVisible();
  await expect(visitor.getByText(added)).toBeVisible();
  await checkPage(visitor, 'routine public current');
  await visitor.goto(`${HOME}/dokumenter/${DEMO_KNOWN.versionedRoutineSlug}/versjoner/2`);
  await expect(visitor.getByText(/eldre versjon/i).first()).toBeVisible();
  await expect(visitor.getByText(added)).toHaveCount(0);
  await expect(visitor.getByText(/\d{1,2}\.\s?\w+ \d{4}|\d{2}\.\d{2}\.\d{4}/).first()).toBeVisible();
  await checkPage(visitor, 'routine public older version');
  await visitor.goto(`${HOME}/dokumenter/${DEMO_KNOWN.versionedRoutineSlug}/versjoner/1`);
  await expect(visitor.getByText(/eldre versjon/i).first()).toBeVisible();
  await visitor.context().close();
});

/**
 * A document's address can never change once it exists: the coordinator sees the whole public
 * address while she types it, and a dialog naming it asks before the document is made. By keyboard.
 */
test('a new document shows its public address as it is typed and asks before it is made', async ({ page, baseURL }) => {
  await loginAs(page, COORDINATOR);
  await page.goto('/innhold/dokumenter/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt dokument' })).toBeVisible();
  const address = (slug: string) => `${baseURL}${HOME}/dokumenter/${slug}`;
  const slug = page.getByLabel('Adresse', { exact: true });

  // The slug suggested from the title, and the whole address beside it, read with the field.
  await page.getByLabel('Tittel', { exact: true }).fill('Rutine for overganger');
  await page.keyboard.press('Tab');
  await expect(slug).toBeFocused();
  await expect(slug).toHaveValue('rutine-for-overganger');
  await expect(slug).toHaveAccessibleDescription(new RegExp(`Den offentlige adressen blir ${address('rutine-for-overganger')}`.replace(/[.?/]/g, '\\$&')));
  await slug.fill('overgang');
  await expect(page.getByText(address('overgang'), { exact: true })).toBeVisible();
  await checkPage(page, 'new document');

  // Enter submits; the dialog names the address, and «Endre adressen» goes back to the field.
  await slug.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Lage dokumentet med denne adressen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(address('overgang'));
  // axe reads colours: after the dialog's fade-in, not halfway through it.
  await dialog.evaluate((d) => Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished)));
  await checkPage(page, 'new document confirm address');
  await dialog.getByRole('button', { name: 'Endre adressen' }).click();
  await expect(dialog).toBeHidden();
  await expect(slug).toBeFocused();
  await slug.fill('rutine-for-overganger-barnehage-skole');
  await expect(page.getByText(address('rutine-for-overganger-barnehage-skole'), { exact: true })).toBeVisible();

  // Escape closes the dialog without making anything, and focus returns to the form.
  await slug.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/innhold\/dokumenter\/ny$/);

  await slug.press('Enter');
  await expect(dialog).toContainText(address('rutine-for-overganger-barnehage-skole'));
  await dialog.getByRole('button', { name: 'Lag dokumentet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rutine for overganger' })).toBeVisible();
  await expect(page.getByText('rutine-for-overganger-barnehage-skole').first()).toBeVisible();
});

test('script in a service’s texts never runs, on the public page or inside Samla', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await loginAs(page, COORDINATOR);
  const attack = [
    '<script>window.__xss = (window.__xss || 0) + 1; alert("xss")</script>',
    '<img src="x" onerror="window.__xss = 1; alert(1)">',
    '[Klikk her](javascript:window.__xss=1;alert(1))',
    '<a href="javascript:alert(1)">lenke</a> <svg onload="alert(1)"></svg>',
  ].join('\n\n');
  const text = { name: 'Trygg tjeneste <script>alert(1)</script>', summary: 'Oppsummering <img src=x onerror=alert(1)>',
    whoWeAre: attack, whatWeOffer: attack, targetGroup: attack, howToGetHelp: attack, openingHours: '<b onmouseover=alert(1)>9–15</b>' };
  const created = await apiAs(page, 'POST', '/api/content/services', {
    slug: 'trygg-tjeneste', unitId: null, serviceType: 'other', ageFrom: 0, ageTo: 23, needs: ['someone_to_talk_to'],
    selfReferral: true, content: { nb: text, nn: null, en: null }, phones: [], email: null, address: null, links: [],
  });
  expect(created.status).toBe(201);
  // A javascript: link in the links list is refused outright.
  const badLink = await apiAs(page, 'PUT', `/api/content/services/${created.json.id}`, {
    version: created.json.version,
    service: { slug: 'trygg-tjeneste', unitId: null, serviceType: 'other', ageFrom: 0, ageTo: 23, needs: [], selfReferral: true,
      content: { nb: text, nn: null, en: null }, links: [{ label: 'Klikk', url: 'javascript:alert(1)' }] },
  });
  expect(badLink.status).toBe(400);
  expect(JSON.stringify(badLink.json.error.fields)).toContain('links');
  const published = await apiAs(page, 'POST', `/api/content/services/${created.json.id}/publish`, { version: created.json.version });
  expect(published.status).toBe(200);

  for (const [who, target] of [['visitor', null], ['staff', page]] as const) {
    const p = target ?? (await newVisitor(browser));
    const dialogs: string[] = [];
    p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    if (who === 'visitor') await p.goto(`${HOME}/tjenester/trygg-tjeneste`);
    else await p.goto(`/tjenester/${created.json.id}`);
    await expect(p.getByRole('heading', { level: 1, name: /Trygg tjeneste/ })).toBeVisible();
    // The script is shown as the text it is, and never runs.
    await expect(p.getByText('window.__xss', { exact: false }).first()).toBeVisible();
    await p.getByRole('link', { name: 'Klikk her' }).count().then((n) => expect(n).toBe(0));
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await p.locator('main script, main img, main svg, main [onerror], main [onload], main a[href^="javascript"]').count()).toBe(0);
    await checkPage(p, `xss ${who}`);
  }
});
