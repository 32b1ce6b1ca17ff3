import { z } from 'zod';
import { municipalRole, page, unitRole, unitType, uuid } from './common.js';

export const unit = z.object({
  id: uuid,
  name: z.string(),
  type: unitType,
  organisationNumber: z.string().nullable(),
  archived: z.boolean(),
});
export type Unit = z.infer<typeof unit>;
export const unitList = page(unit);
export const unitListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  type: unitType.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const unitInput = z.object({
  name: z.string().trim().min(1).max(200),
  type: unitType,
  organisationNumber: z.string().trim().regex(/^\d{9}$/, 'Organisation number has 9 digits').nullable().optional(),
});
export const unitPatch = unitInput.partial().extend({ archived: z.boolean().optional() });

export const staffUser = z.object({
  id: uuid,
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  municipalRoles: z.array(municipalRole),
  unitRoles: z.array(z.object({ unitId: uuid, unitName: z.string(), role: unitRole })),
});
export type StaffUser = z.infer<typeof staffUser>;
export const staffUserList = page(staffUser);
export const staffUserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: uuid.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const staffUserInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  externalSubject: z.string().trim().min(1).max(200).nullable().optional(),
  active: z.boolean().default(true),
  municipalRoles: z.array(municipalRole).max(3).default([]),
  unitRoles: z.array(z.object({ unitId: uuid, role: unitRole })).max(50).default([]),
});
export const staffUserPatch = staffUserInput.partial();

export const importRejection = z.object({ row: z.number().int(), field: z.string(), code: z.string() });
export const importJob = z.object({
  id: uuid,
  kind: z.enum(['units', 'staff', 'children']),
  status: z.enum(['running', 'done', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  acceptedRows: z.number().int(),
  rejected: z.array(importRejection),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;
