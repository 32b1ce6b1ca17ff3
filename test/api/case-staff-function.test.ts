import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { buildChild, buildTenant, buildUnit, buildUser, sessionHeaders } from '../helpers/factories.js';
import { buildCase } from '../helpers/case-factories.js';

/** A case shows the relay holder's function and the members' (issue 9), as the administrator set them. */
let t: TestContext;
afterAll(() => t.close());
beforeAll(async () => {
  t = await createTestApp();
});

describe('functions in a case', () => {
  it('shows the relay holder’s function and each staff member’s in the access list; none where none is set', async () => {
    const db = t.database.db;
    const tenant = await buildTenant(db);
    const school = await buildUnit(db, tenant.id);
    const holder = await buildUser(db, tenant.id, { name: 'Kari Kontakt', units: [[school.id, 'employee']] });
    const member = await buildUser(db, tenant.id, { units: [[school.id, 'employee']] });
    const admin = await sessionHeaders(db, await buildUser(db, tenant.id, { municipalRoles: ['system_admin'] }));
    const set = (id: string, staffFunction: string) => t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: admin, payload: { staffFunction } });
    expect((await set(holder.id, 'contact_teacher')).statusCode).toBe(200);
    const child = await buildChild(db, tenant.id, { unitId: school.id });
    const c = await buildCase(db, tenant.id, { childId: child.id, owningUnitId: school.id, holderId: holder.id, memberIds: [member.id] });
    const detail = (await t.app.inject({ url: `/api/cases/${c.id}`, headers: await sessionHeaders(db, holder) })).json();
    expect(detail).toMatchObject({ holder: { name: 'Kari Kontakt' }, holderFunction: 'contact_teacher' });
    const byId = new Map(detail.access.map((a: { id: string; staffFunction: string | null }) => [a.id, a.staffFunction]));
    expect(byId.get(holder.id)).toBe('contact_teacher');
    expect(byId.get(member.id)).toBeNull();
  });
});
