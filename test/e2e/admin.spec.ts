import { expect, test, type Page } from '@playwright/test';
import { DEMO_KNOWN } from '../../src/server/features/demo/demo-known.js';
import { syntheticNationalId } from '../../src/server/features/children/national-id.js';
import { expectAccessible } from './axe.js';

/** Set E2E_SCREENSHOTS=<folder> to keep a picture of each page the journey checks. */
async function checkPage(page: Page, label: string): Promise<void> {
  await expectAccessible(page, label);
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/admin-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/** A valid synthetic number with its last check digit changed: right length, wrong checksum. */
function withBadChecksum(id: string): string {
  return `${id.slice(0, 10)}${(Number(id.at(-1)) + 1) % 10}`;
}

const good = { givenName: 'Oddvar', familyName: 'Importvik', nationalId: syntheticNationalId('2016-03-14', 11) };
const goodToo = { givenName: 'Sunniva', familyName: 'Importvik', nationalId: syntheticNationalId('2014-11-02', 12) };

// Rows 3, 5 and 6 are wrong in one column each; rows 2 and 4 are right (one with a Norwegian date).
const childrenCsv = [
  'fodselsnummer;fornavn;etternavn;enhet;fra_dato;gruppe',
  `${good.nationalId};${good.givenName};${good.familyName};${DEMO_KNOWN.liaSchool};2024-08-15;3B`,
  `${withBadChecksum(syntheticNationalId('2015-06-20', 13))};Ragna;Importvik;${DEMO_KNOWN.liaSchool};2024-08-15;4A`,
  `${goodToo.nationalId};${goodToo.givenName};${goodToo.familyName};${DEMO_KNOWN.bergSchool};15.08.2024;5A`,
  `${syntheticNationalId('2013-01-09', 14)};Halvard;Importvik;Månen skole;2024-08-15;`,
  `${syntheticNationalId('2012-09-30', 15)};Torunn;Importvik;${DEMO_KNOWN.liaSchool};2024-13-40;`,
].join('\n');

/**
 * The system administrator's journey: imports children (good and bad rows) and reads the
 * per-row report, finds an imported child, reads the audit log, and edits the municipality's
 * settings (a refused address, then a good one). Every page passes axe, and the browser
 * reports no Content Security Policy violation (the admin pages are loaded on demand).
 */
test('the administrator imports children with a per-row report, finds one, reads the audit log and edits the municipality', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await page.getByRole('button', { name: 'Logg inn som Tore Systad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administrer enheter' })).toBeVisible();
  await checkPage(page, 'units');
  const adminNav = page.getByRole('navigation', { name: 'Administrasjon' });

  // Import: two good rows, three bad ones.
  await adminNav.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await checkPage(page, 'import');
  await page.getByRole('radio', { name: 'Barn og foresatte' }).check();
  await page.getByLabel('CSV-fil').setInputFiles({ name: 'barn.csv', mimeType: 'text/csv', buffer: Buffer.from(childrenCsv, 'utf8') });
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByRole('progressbar', { name: '5 av 5 rader behandlet' })).toBeVisible();
  await expect(page.getByText('Importen er ferdig. Rader lagret: 2. Rader avvist: 3.')).toBeVisible();
  const report = page.getByRole('table', { name: 'Avviste rader' });
  const reportRows = report.getByRole('row');
  await expect(reportRows).toHaveCount(4); // the header row and exactly the three bad rows
  await expect(reportRows.nth(1).getByRole('cell')).toHaveText(['3', 'fodselsnummer', 'Fødselsnummeret har feil kontrollsiffer.']);
  await expect(reportRows.nth(2).getByRole('cell')).toHaveText(['5', 'enhet', 'Enheten finnes ikke.']);
  await expect(reportRows.nth(3).getByRole('cell')).toHaveText(['6', 'fra_dato', 'Ugyldig dato.']);
  await checkPage(page, 'import report');

  // The administrator sees every child of the municipality, so the imported one is found.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Barn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søk etter barn' })).toBeVisible();
  const query = page.getByLabel('Navn eller fødselsnummer');
  await query.fill(good.givenName);
  await query.press('Enter');
  const hit = page.getByRole('link', { name: `${good.familyName}, ${good.givenName}` });
  await expect(hit).toHaveCount(1);
  await checkPage(page, 'child search');
  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${good.givenName} ${good.familyName}`) })).toBeVisible();
  await expect(page.getByRole('main').getByText(DEMO_KNOWN.liaSchool)).toBeVisible();
  await checkPage(page, 'child detail');

  // The audit log names the actions in words, not as codes.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).click();
  await adminNav.getByRole('link', { name: 'Revisjonslogg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisjonslogg' })).toBeVisible();
  const log = page.getByRole('region', { name: 'Revisjonslogg' });
  await expect(log.getByRole('cell', { name: 'Åpnet barnet' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Fant barnet i et søk' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Importerte barnet' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Startet import av barn' }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Tore Systad' }).first()).toBeVisible();
  await expect(log.getByText('child.read')).toHaveCount(0);
  // No code shown raw, whatever the action (issue 9: «case.entries_read», «consent.list»).
  await expect(log.getByRole('cell', { name: /^[a-z_]+\.[a-z_]+$/ })).toHaveCount(0);
  await checkPage(page, 'audit log');

  // Municipality settings: the number is shown but cannot be edited; the address must be https.
  await adminNav.getByRole('link', { name: 'Kommunen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunen' })).toBeVisible();
  const number = page.getByRole('textbox', { name: 'Kommunenummer' });
  await expect(number).toHaveValue(DEMO_KNOWN.municipalityNumber);
  await expect(number).not.toBeEditable();
  await expect(page.getByRole('textbox', { name: 'Navn på kommunen' })).toHaveValue('Eksempel kommune');
  await checkPage(page, 'municipality');

  const statement = page.getByRole('textbox', { name: 'Lenke til tilgjengelighetserklæringen' });
  await statement.fill('http://uustatus.no/nb/erklaringer/publisert/samla');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Skriv en fullstendig adresse som begynner med https://.')).toBeVisible();
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'municipality with a refused address');

  const url = 'https://uustatus.no/nb/erklaringer/publisert/samla-eksempel';
  await statement.fill(url);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expect(page.getByText('Skriv en fullstendig adresse som begynner med https://.')).toHaveCount(0);
  await checkPage(page, 'municipality saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Lenke til tilgjengelighetserklæringen' })).toHaveValue(url);

  // Case-work rules of the municipality: numbers in range, the level rule; set back afterwards (later journeys use the defaults).
  const hearing = page.getByRole('spinbutton', { name: 'Alder for å høre barnets mening ved samtykke' });
  await expect(hearing).toHaveValue('7');
  await hearing.fill('19');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Skriv et helt tall fra 0 til 18.')).toBeVisible();
  await hearing.fill('6');
  await page.getByRole('radio', { name: 'Krev samtykke som dekker en annen tjeneste først' }).check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Alder for å høre barnets mening ved samtykke' })).toHaveValue('6');
  await expect(page.getByRole('radio', { name: 'Krev samtykke som dekker en annen tjeneste først' })).toBeChecked();
  await checkPage(page, 'municipality case-work rules');
  await page.getByRole('spinbutton', { name: 'Alder for å høre barnets mening ved samtykke' }).fill('7');
  await page.getByRole('radio', { name: 'Advar, og be om en begrunnelse' }).check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();

  expect(cspViolations).toEqual([]);
});
