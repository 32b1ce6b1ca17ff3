import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeatureDeps } from '../../app.js';
import { anyActor, staffActor } from '../../platform/auth/auth.plugin.js';
import { idParams, pageQuery } from '../../../contracts/common.js';
import { concernRecord } from '../../../contracts/concerns.js';
import {
  addMemberRequest, caseDetail, caseEntriesResponse, caseListRequest, caseListResponse, caseMutationResponse, changeLevelRequest,
  closeCaseRequest, correctionRequest, liftResidentRestrictionRequest, entryDraftRequest, entryDraftResponse, entryParams, memberCandidatesRequest,
  memberCandidatesResponse, memberParams, newEntryRequest, openCaseRequest, reopenCaseRequest,
} from '../../../contracts/cases.js';
import { changeLevel, closeCase, getCase, getCaseConcern, listCases, openCase, reopenCase, setResidentAccess } from './cases.service.js';
import { addCorrection, addEntry, discardDraft, getDraft, listEntries, saveDraft } from './entries.service.js';
import { addMember, memberCandidates, removeMember } from './members.service.js';

const staff = { access: { session: 'staff' } } as const;
/** Guardians and young people read their case and write their own voice in it (DESIGN §4 rule 3). */
const staffOrResident = { access: { session: 'any' } } as const;
const created = z.object({ id: z.uuid() });

export const casesRoutes: FastifyPluginAsync<FeatureDeps> = async (base, { database }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['cases'];

  app.post('/api/cases', {
    config: staff,
    schema: { tags, summary: 'Open a case (stafettlogg) for a child enrolled in one of my units; I become the relay holder', body: openCaseRequest, response: { 200: caseMutationResponse } },
  }, async (request) => openCase(db, staffActor(request), request.body));

  app.post('/api/cases/list', {
    config: staff,
    schema: { tags, summary: 'My cases, or my unit\'s cases for leaders, with filters', body: caseListRequest, response: { 200: caseListResponse } },
  }, async (request) => listCases(db, staffActor(request), request.body));

  app.get('/api/cases/:id', {
    config: staffOrResident,
    schema: { tags, summary: 'One case with who has access and why', params: idParams, response: { 200: caseDetail } },
  }, async (request) => getCase(db, anyActor(request), request.params.id));

  app.get('/api/cases/:id/concern', {
    config: staff,
    schema: { tags, summary: 'The level-0 record (concern) the case was opened from', params: idParams, response: { 200: concernRecord } },
  }, async (request) => getCaseConcern(db, staffActor(request), request.params.id));

  app.get('/api/cases/:id/entries', {
    config: staffOrResident,
    schema: { tags, summary: 'The log, newest first, corrections with the entry they correct', params: idParams, querystring: pageQuery, response: { 200: caseEntriesResponse } },
  }, async (request) => listEntries(db, anyActor(request), request.params.id, request.query.cursor, request.query.limit));

  app.post('/api/cases/:id/entries', {
    config: staffOrResident,
    schema: { tags, summary: 'Write an entry in the log', params: idParams, body: newEntryRequest, response: { 200: created } },
  }, async (request) => addEntry(db, anyActor(request), request.params.id, request.body));

  app.post('/api/cases/:id/entries/:entryId/corrections', {
    config: staff,
    schema: { tags, summary: 'Correct an entry: a new entry pointing at it (entries are never edited)', params: entryParams, body: correctionRequest, response: { 200: created } },
  }, async (request) => addCorrection(db, staffActor(request), request.params.id, request.params.entryId, request.body.body));

  app.get('/api/cases/:id/draft', {
    config: staff,
    schema: { tags, summary: 'My autosaved draft entry', params: idParams, response: { 200: entryDraftResponse } },
  }, async (request) => getDraft(db, staffActor(request), request.params.id));

  app.put('/api/cases/:id/draft', {
    config: staff,
    schema: { tags, summary: 'Save my draft entry (as I type)', params: idParams, body: entryDraftRequest, response: { 200: entryDraftResponse } },
  }, async (request) => saveDraft(db, staffActor(request), request.params.id, request.body));

  app.delete('/api/cases/:id/draft', {
    config: staff,
    schema: { tags, summary: 'Discard my draft entry', params: idParams, response: { 200: entryDraftResponse } },
  }, async (request) => discardDraft(db, staffActor(request), request.params.id));

  app.post('/api/cases/:id/level', {
    config: staff,
    schema: { tags, summary: 'Change the level, with a reason', params: idParams, body: changeLevelRequest, response: { 200: caseMutationResponse } },
  }, async (request) => changeLevel(db, staffActor(request), request.params.id, request.body));

  app.post('/api/cases/:id/close', {
    config: staff,
    schema: { tags, summary: 'Close the case with a reason (read-only afterwards)', params: idParams, body: closeCaseRequest, response: { 200: caseMutationResponse } },
  }, async (request) => closeCase(db, staffActor(request), request.params.id, request.body));

  app.post('/api/cases/:id/reopen', {
    config: staff,
    schema: { tags, summary: 'Reopen a closed case with a reason', params: idParams, body: reopenCaseRequest, response: { 200: caseMutationResponse } },
  }, async (request) => reopenCase(db, staffActor(request), request.params.id, request.body));

  app.post('/api/cases/:id/resident-access', {
    config: staff,
    schema: { tags, summary: 'Let the guardians and the young person see a case opened while violence or abuse was suspected', params: idParams, body: liftResidentRestrictionRequest, response: { 200: caseMutationResponse } },
  }, async (request) => setResidentAccess(db, staffActor(request), request.params.id, { ...request.body, open: true }));

  app.post('/api/cases/:id/resident-access/restrict', {
    config: staff,
    schema: { tags, summary: 'Hide the case from the guardians and the young person (violence or abuse suspected), with a reason', params: idParams, body: liftResidentRestrictionRequest, response: { 200: caseMutationResponse } },
  }, async (request) => setResidentAccess(db, staffActor(request), request.params.id, { ...request.body, open: false }));

  app.post('/api/cases/:id/members', {
    config: staff,
    schema: { tags, summary: 'Add a staff member (other services only under a valid consent)', params: idParams, body: addMemberRequest, response: { 200: caseMutationResponse } },
  }, async (request) => addMember(db, staffActor(request), request.params.id, request.body.userId));

  app.delete('/api/cases/:id/members/:userId', {
    config: staff,
    schema: { tags, summary: 'Remove a staff member (what they wrote stays)', params: memberParams, response: { 200: caseMutationResponse } },
  }, async (request) => removeMember(db, staffActor(request), request.params.id, request.params.userId));

  app.post('/api/cases/:id/member-candidates', {
    config: staff,
    schema: { tags, summary: 'Staff one could add, with the grounds that allow it', params: idParams, body: memberCandidatesRequest, response: { 200: memberCandidatesResponse } },
  }, async (request) => memberCandidates(db, staffActor(request), request.params.id, request.body.query));
};
