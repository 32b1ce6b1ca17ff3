import { z } from 'zod';
import { unitRole, unitType, uuid } from './common.js';

export const myWorkResponse = z.object({
  units: z.array(z.object({ id: uuid, name: z.string(), type: unitType, roles: z.array(unitRole), enrolledChildren: z.number().int() })),
  /** Tasks that need the user: later issues add decisions due, evaluations, handovers. */
  tasks: z.array(z.object({ kind: z.string(), dueDate: z.iso.date().nullable(), href: z.string() })),
});
export type MyWorkResponse = z.infer<typeof myWorkResponse>;
