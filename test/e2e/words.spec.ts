import { expect, test } from '@playwright/test';
import { DEMO_PEOPLE } from '../../src/server/features/demo/demo-known.js';
import { expectAccessible } from './axe.js';

const KINDERGARTEN_TEACHER = DEMO_PEOPLE.find((p) => p.subject === 'demo:kindergarten-teacher')!.name;

/** A kindergarten's case speaks of the child's file in the kindergarten, not the school's «elevmappe» (issue 9). */
test('a kindergarten case uses the kindergarten’s words and the one label of its level', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: `Logg inn som ${KINDERGARTEN_TEACHER}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt arbeid' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
  // A case her kindergarten owns (another journey may have moved one of hers to a school).
  await page.getByRole('main').getByRole('row').filter({ hasText: /barnehage/i }).locator('a[href^="/saker/"]').first().click();
  const facts = page.locator('dl.samla-case-facts');
  await expect(facts).toContainText('barnehage');
  await expect(facts).toContainText(/Nivå [123]: (egen tjeneste sammen med familien|enkelt samarbeid mellom to tjenester|omfattende samarbeid)/i);

  await page.getByRole('tablist', { name: 'Deler av saken' }).getByRole('tab', { name: 'Eksport og bekymringsmelding' }).click();
  await expect(page.getByText('Hele saken for barnets mappe i barnehagen')).toBeVisible();
  await expect(page.getByText(/elevmapp/)).toHaveCount(0);
  await expectAccessible(page, 'a kindergarten case’s export');
});
