import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FeatureDeps } from '../../app.js';
import { staffActor } from '../../platform/auth/auth.plugin.js';
import { roleRoute, staffRoute } from '../../platform/access/route-access.js';
import { idParams } from '../../../contracts/common.js';
import {
  staffUser, staffUserInput, staffUserList, staffUserPatch, staffUserSearchRequest, tenant, tenantPatch,
  unit, unitInput, unitList, unitListQuery, unitPatch,
} from '../../../contracts/organisation.js';
import { createUnit, getUnit, listUnits, patchUnit } from './organisation.service.js';
import { createStaffUser, getStaffUser, patchStaffUser, searchStaffUsers } from './staff-users.service.js';
import { getTenant, patchTenant } from './tenant.service.js';

/**
 * The municipality, its units, staff users and their roles. Reading units is for all staff;
 * everything else is for the system administrator.
 */
export const organisationRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const admin = roleRoute('system_admin');

  app.get('/api/admin/tenant', {
    config: admin,
    schema: { tags: ['organisation'], summary: 'The municipality', response: { 200: tenant } },
  }, async (request) => getTenant(db, staffActor(request)));

  app.patch('/api/admin/tenant', {
    config: admin,
    schema: {
      tags: ['organisation'], summary: 'Rename the municipality or set its accessibility statement; the number cannot change',
      body: tenantPatch, response: { 200: tenant },
    },
  }, async (request) => patchTenant(db, staffActor(request), request.body));

  app.get('/api/units', {
    config: staffRoute,
    schema: { tags: ['organisation'], summary: 'Units of the tenant, by name', querystring: unitListQuery, response: { 200: unitList } },
  }, async (request) => listUnits(db, staffActor(request), request.query));

  app.get('/api/units/:id', {
    config: staffRoute,
    schema: { tags: ['organisation'], summary: 'One unit', params: idParams, response: { 200: unit } },
  }, async (request) => getUnit(db, staffActor(request), request.params.id));

  app.post('/api/admin/units', {
    config: admin,
    schema: { tags: ['organisation'], summary: 'Create a unit', body: unitInput, response: { 201: unit } },
  }, async (request, reply) => reply.status(201).send(await createUnit(db, staffActor(request), request.body)));

  app.patch('/api/admin/units/:id', {
    config: admin,
    schema: { tags: ['organisation'], summary: 'Rename, retype, archive or unarchive a unit', params: idParams, body: unitPatch, response: { 200: unit } },
  }, async (request) => patchUnit(db, staffActor(request), request.params.id, request.body));

  // A POST, like child search: the search text and the cursor (a name's sort key) stay out of URLs and access logs.
  app.post('/api/admin/users/search', {
    config: admin,
    schema: {
      tags: ['organisation'], summary: 'Search staff users by name or e-mail and by unit, in Norwegian name order',
      body: staffUserSearchRequest, response: { 200: staffUserList },
    },
  }, async (request) => searchStaffUsers(db, staffActor(request), request.body));

  app.get('/api/admin/users/:id', {
    config: admin,
    schema: { tags: ['organisation'], summary: 'One staff user with roles', params: idParams, response: { 200: staffUser } },
  }, async (request) => getStaffUser(db, staffActor(request), request.params.id));

  app.post('/api/admin/users', {
    config: admin,
    schema: { tags: ['organisation'], summary: 'Create a staff user with roles', body: staffUserInput, response: { 201: staffUser } },
  }, async (request, reply) => reply.status(201).send(await createStaffUser(db, staffActor(request), request.body)));

  app.patch('/api/admin/users/:id', {
    config: admin,
    schema: {
      tags: ['organisation'], summary: 'Change a staff user; role sets given are replaced as a whole',
      params: idParams, body: staffUserPatch, response: { 200: staffUser },
    },
  }, async (request) => patchStaffUser(db, staffActor(request), request.params.id, request.body));
};
