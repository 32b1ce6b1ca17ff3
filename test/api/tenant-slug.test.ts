import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database.js';
import { buildTenant } from '../helpers/factories.js';

describe('tenant slug for public URLs', () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => { handle = await createTestDatabase(); });
  afterAll(async () => { await handle.close(); });

  it('is made from the name, without «kommune», with Norwegian letters folded', async () => {
    const t = await buildTenant(handle.db, { name: 'Nord-Aurdal kommune', municipalityNumber: '3451' });
    expect(t.slug).toBe('nord-aurdal');
    const æ = await buildTenant(handle.db, { name: 'Ærø Å kommune', municipalityNumber: '9991' });
    expect(æ.slug).toBe('aero-a');
  });

  it('gets the municipality number when the name is taken, and stays when the name changes', async () => {
    const first = await buildTenant(handle.db, { name: 'Sel kommune', municipalityNumber: '3437' });
    const second = await buildTenant(handle.db, { name: 'Sel', municipalityNumber: '9437' });
    expect(first.slug).toBe('sel');
    expect(second.slug).toBe('sel-9437');
    const renamed = await handle.db.updateTable('tenants').set({ name: 'Sel og Otta' }).where('id', '=', first.id).returning('slug').executeTakeFirstOrThrow();
    expect(renamed.slug).toBe('sel');
  });
});
