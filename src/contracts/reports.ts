import { z } from 'zod';
import { fieldProblem, isoDate, uuid, version } from './common.js';
import { address } from './children.js';
import { optionalText, versionOnly } from './cases.js';

/**
 * The report of concern to child welfare (bekymringsmelding, DESIGN §2; rule 6: no consent
 * needed). A draft is composed from a level-0 concern or from a case; its content follows the
 * fields of KS Fiks «offentlig bekymringsmelding v2», in English names (the server maps them to
 * the schema's Norwegian ones). A draft may be incomplete while it is written: `missing` lists
 * what must be filled before it can be exported as JSON or sent.
 */

/** Start a draft from exactly one of a concern or a case. An unsent draft from the same source is reused. */
export const createReportRequest = z
  .strictObject({ concernId: uuid.optional(), caseId: uuid.optional() })
  .superRefine((v, ctx) => {
    if ((v.concernId === undefined) === (v.caseId === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.concernId ? 'caseId' : 'concernId'], message: 'Give either concernId or caseId' });
    }
  });
export type CreateReportRequest = z.infer<typeof createReportRequest>;
export const createReportResponse = z.object({ id: uuid, version, created: z.boolean() });

/**
 * The content is built by a function of the object kind: what a client sends is strict (an unknown
 * field is refused by name), while a draft read back from the database is read leniently, so that
 * a field stored by an older version never makes a saved report unreadable.
 */
type ObjectKind = typeof z.object;
const reportContentOf = (object: ObjectKind) => {
  const address = object({
    line1: optionalText(200),
    postalCode: optionalText(10),
    city: optionalText(100),
  });

  /**
   * Whether a person was told about the report, and if not, why (orientert / orientertGrunn).
   * null until the reporter has answered: the schema needs a yes or no, so sending needs one.
   */
  const informedFields = {
    informed: z.boolean().nullable(),
    notInformedReason: optionalText(2000),
  };

  const guardian = object({
    /** the registry guardian this row was prefilled from; null when typed in */
    guardianId: uuid.nullable(),
    name: optionalText(200),
    phone: optionalText(30),
    ...informedFields,
  });

  /** What the reporter writes and may change while the report is a draft. */
  return object({
    child: object({ phone: optionalText(30), ...informedFields }),
    /** the guardians with parental responsibility; the schema allows at most two */
    guardians: z.array(guardian).max(2),
    reporter: object({
      name: optionalText(200),
      /** role or title, free text */
      role: optionalText(200),
      phone: optionalText(30),
      email: optionalText(254),
    }),
    unit: object({
      name: optionalText(200),
      organisationNumber: optionalText(20),
      address,
    }),
    /** what the concern is */
    message: optionalText(20000),
    /** the history: what has been observed and done, and for how long */
    history: optionalText(20000),
    otherViews: optionalText(20000),
    interpreterNeed: optionalText(500),
    otherServices: optionalText(4000),
  });
};
export const reportContent = reportContentOf(z.object);
// The same output type: strictness changes what is accepted, not what comes out.
const reportContentRequest = reportContentOf(z.strictObject as ObjectKind);
export type ReportContent = z.infer<typeof reportContent>;

export const reportStatus = z.enum(['draft', 'sent']);

export const reportDetail = z.object({
  id: uuid,
  status: reportStatus,
  version,
  source: z.object({ kind: z.enum(['concern', 'case']), id: uuid }),
  author: z.object({ id: uuid, name: z.string() }),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  /** from the registry, not editable; a protected address is only its protection level */
  child: z.object({ id: uuid, name: z.string(), nationalId: z.string(), birthDate: isoDate, address }),
  municipality: z.object({ number: z.string(), name: z.string(), districtNumber: z.string(), districtName: z.string() }),
  /** KS Fiks leveringskanal */
  deliveryChannel: z.string(),
  content: reportContent,
  /** what must be filled before export and sending; empty when complete */
  missing: z.array(fieldProblem),
  /** the current user may edit and send it (a draft, and the user may write to its concern or case) */
  editable: z.boolean(),
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const updateReportRequest = z.strictObject({ content: reportContentRequest, version });
export type UpdateReportRequest = z.infer<typeof updateReportRequest>;

export const sendReportRequest = versionOnly;
export const reportMutationResponse = z.object({ id: uuid, version });
