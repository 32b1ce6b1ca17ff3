import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';

/** Kysely's view of the database. One interface per table, named as the table. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export type UnitType =
  | 'kindergarten' | 'primary_school' | 'lower_secondary_school' | 'sfo' | 'health_centre' | 'ppt'
  | 'child_welfare' | 'nav' | 'leisure' | 'mental_health' | 'other';
export type UnitRole = 'employee' | 'leader' | 'resource_person';
export type MunicipalRole = 'system_admin' | 'municipal_coordinator' | 'analyst';
export type AddressProtection = 'none' | 'fortrolig' | 'strengt_fortrolig';

export interface TenantsTable {
  id: Generated<string>;
  municipality_number: string;
  name: string;
  accessibility_statement_url: string | null;
  /** stable key of the public pages (/k/<slug>); filled from the name by trigger when not given */
  slug: Generated<string>;
  created_at: Timestamp;
  concern_decision_days: Generated<number>;
  young_person_age: Generated<number>;
  consent_warning_days: Generated<number>;
  concern_signals: ColumnType<string[], string | undefined, string>;
  district_number: Generated<string>;
  district_name: Generated<string>;
  /** from this age the child's own view is asked for when a consent is recorded (0010) */
  child_hearing_age: Generated<number>;
  /** level 2 or 3 with no other service involved: warn (a reason) or require (a consent) (0010) */
  level_without_other_service: Generated<'warn' | 'require'>;
  /** the municipality's levels (features/levels); null: BTI's default 0–3 */
  level_model: ColumnType<unknown, string | null | undefined, string | null>;
  /** bokmål or nynorsk: what its pages default to and its main texts are written in (0014) */
  main_language: Generated<'nb' | 'nn'>;
}
export interface UnitsTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  sort_key: string;
  type: UnitType;
  organisation_number: string | null;
  created_at: Timestamp;
  archived_at: Date | null;
  /** a department's unit (0009); same municipality, never a cycle */
  parent_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  sort_key: string;
  email: string;
  external_subject: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  /** contracts' staffFunctions code, or none (0010) */
  staff_function: string | null;
}
export interface UserMunicipalRolesTable {
  tenant_id: string;
  user_id: string;
  role: MunicipalRole;
}
export interface UnitMembershipsTable {
  tenant_id: string;
  user_id: string;
  unit_id: string;
  role: UnitRole;
}
export interface ChildrenTable {
  id: Generated<string>;
  tenant_id: string;
  national_id: string;
  id_type: string;
  given_name: string;
  family_name: string;
  sort_key: string;
  search_text: string;
  birth_date: DateOnly;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  address_protection: Generated<AddressProtection>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** pidDigest() of national_id; null until platform/auth/pid-digests.ts fills it */
  pid_digest: Generated<string | null>;
}
export interface EnrolmentsTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  unit_id: string;
  group_name: string | null;
  from_date: DateOnly;
  to_date: DateOnly | null;
}
export interface GuardiansTable {
  id: Generated<string>;
  tenant_id: string;
  national_id: string;
  name: string;
  sort_key: string;
  phone: string | null;
  email: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  address_protection: Generated<AddressProtection>;
  created_at: Timestamp;
  pid_digest: Generated<string | null>;
}
export interface ChildGuardiansTable {
  tenant_id: string;
  child_id: string;
  guardian_id: string;
  relation: Generated<'mother' | 'father' | 'parent' | 'other'>;
  parental_responsibility: boolean;
}
export interface AuditLogTable {
  tenant_id: string;
  seq: ColumnType<string, string | number | bigint, never>;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_kind: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  child_id: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
}
export interface AuditHeadsTable {
  tenant_id: string;
  seq: ColumnType<string, string | number | bigint, string | number | bigint>;
  hash: string;
}
export interface ImportJobsTable {
  id: Generated<string>;
  tenant_id: string;
  kind: 'units' | 'staff' | 'children';
  status: 'running' | 'done' | 'failed';
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  accepted_rows: Generated<number>;
  rejected: ColumnType<ImportRejection[], string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  finished_at: Date | null;
}
export interface ImportRejection {
  row: number;
  field: string;
  code: string;
}
export interface SessionsTable {
  id: string;
  kind: 'staff' | 'resident';
  tenant_id: string | null;
  user_id: string | null;
  resident_pid_hash: string | null;
  csrf_token: string;
  via: 'oidc' | 'demo';
  id_token: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
}
export interface OidcLoginStatesTable {
  state: string;
  provider: 'staff' | 'resident';
  code_verifier: string;
  nonce: string;
  return_to: string;
  /** SHA-256 (hex) of the value in the browser's login-binding cookie (migration 0004) */
  browser_binding: string;
  created_at: Timestamp;
}

export type ConcernStatus = 'open' | 'closed' | 'case_opened' | 'reported';
export type ConcernStepKind = 'discussion_colleague' | 'discussion_leader' | 'conversation_child' | 'conversation_guardians' | 'anonymous_consultation';
export type ConcernSource = 'own_observation' | 'told_by_others' | 'child_or_family' | 'closed_child_welfare_case';
export type ResponsibleParty = 'guardians' | 'child';
/** 1–5: a level after the concern's in the municipality's model (features/levels) */
export type CaseLevel = number;
export type CloseReason = 'goals_reached' | 'moved' | 'other_service' | 'guardians_withdrew' | 'other';
export type EntryKind =
  | 'observation' | 'conversation' | 'child_voice' | 'guardians_view' | 'meeting' | 'decision' | 'evaluation'
  | 'level_change' | 'handover' | 'consent_event' | 'report_sent' | 'note' | 'opened' | 'closed' | 'reopened' | 'correction';
export type EntryAuthorKind = 'staff' | 'guardian' | 'young_person' | 'system';
export type MeasureStatus = 'planned' | 'ongoing' | 'completed' | 'stopped';
export type EvaluationOutcome = 'achieved' | 'partly' | 'not';
export type HandoverStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';
type Json = ColumnType<unknown, string | undefined, string>;

export interface ConcernsTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  unit_id: string;
  author_id: string;
  observed_on: DateOnly;
  observation: string;
  concern_scale: number;
  signals: ColumnType<string[], string | undefined, string>;
  guardians_not_contacted: Generated<boolean>;
  decision_due: DateOnly;
  status: Generated<ConcernStatus>;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  case_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  /** where the worry came from; null on concerns registered before 0010 */
  source: ConcernSource | null;
}
export interface ConcernStepsTable {
  id: Generated<string>;
  tenant_id: string;
  concern_id: string;
  kind: ConcernStepKind;
  occurred_on: DateOnly;
  summary: string;
  author_id: string;
  created_at: Timestamp;
  /** anonymous_consultation: the service consulted (the child is not named to it) (0010) */
  service_name: string | null;
}
export interface CasesTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  owning_unit_id: string;
  level: number;
  status: Generated<'open' | 'closed'>;
  holder_id: string;
  concern_id: string | null;
  opened_by: string;
  opened_at: Timestamp;
  closed_at: Date | null;
  close_reason: CloseReason | null;
  version: Generated<number>;
  updated_at: Timestamp;
  /** opened from a concern where violence or abuse is suspected: no resident access until lifted (0006) */
  residents_restricted: Generated<boolean>;
}
export interface CaseMembersTable {
  tenant_id: string;
  case_id: string;
  user_id: string;
  added_by: string;
  added_at: Timestamp;
  removed_at: Date | null;
}
export interface CaseHoldersTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  user_id: string;
  unit_id: string;
  from_at: Timestamp;
}
export interface HandoverRequestsTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  from_user_id: string;
  to_user_id: string;
  to_unit_id: string | null;
  message: Generated<string>;
  status: Generated<HandoverStatus>;
  answer_note: string | null;
  created_at: Timestamp;
  answered_at: Date | null;
  /** migration 0011: the consent recorded with the request, the people kept through it, measures reassigned on acceptance */
  keep_consent_id: string | null;
  keep_user_ids: ColumnType<string[], string[] | undefined, string[]>;
  reassignments: ColumnType<HandoverReassignment[], string | undefined, string>;
}
export interface HandoverReassignment {
  measureId: string;
  responsibleUserId?: string | null;
  responsibleUnitId?: string | null;
}
export interface CaseEntriesTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  kind: EntryKind;
  occurred_on: DateOnly;
  body: string;
  attendees: string | null;
  payload: Json;
  corrects_entry_id: string | null;
  author_user_id: string | null;
  author_kind: EntryAuthorKind;
  author_guardian_id: string | null;
  created_at: Timestamp;
}
export interface EntryDraftsTable {
  tenant_id: string;
  case_id: string;
  user_id: string;
  content: Json;
  updated_at: Timestamp;
}
export interface GoalsTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  description: string;
  status: Generated<'active' | 'achieved' | 'dropped'>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}
export interface MeasuresTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  goal_id: string;
  description: string;
  responsible_user_id: string | null;
  responsible_unit_id: string | null;
  /** carried out by the family or the child (0010) */
  responsible_party: ResponsibleParty | null;
  start_on: DateOnly;
  end_on: DateOnly | null;
  evaluation_due: DateOnly;
  status: Generated<MeasureStatus>;
  created_by: string;
  created_at: Timestamp;
  version: Generated<number>;
}
export interface EvaluationsTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  measure_id: string;
  evaluated_on: DateOnly;
  outcome: EvaluationOutcome;
  learned: string;
  next_steps: string;
  author_id: string;
  created_at: Timestamp;
}
export interface CaseDocumentsTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string;
  created_at: Timestamp;
}
export interface ConsentsTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  decision: 'given' | 'refused';
  guardian_ids: ColumnType<string[], string[] | undefined, string[]>;
  young_person: Generated<boolean>;
  purpose: string;
  valid_from: DateOnly;
  valid_to: DateOnly;
  document_id: string | null;
  recorded_by: string;
  created_at: Timestamp;
  withdrawn_at: Date | null;
  withdrawn_by_user_id: string | null;
  withdrawn_reason: string | null;
  /** what information may be shared (0010) */
  information_shared: Generated<string>;
  /** the child's own view, or why it was not obtained (0010) */
  child_view: string | null;
  child_view_missing_reason: string | null;
}
export interface ConsentUnitsTable {
  tenant_id: string;
  consent_id: string;
  unit_id: string;
}
export interface ReportsOfConcernTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  concern_id: string | null;
  case_id: string | null;
  unit_id: string;
  author_id: string;
  content: Json;
  status: Generated<'draft' | 'sent'>;
  sent_at: Date | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface Database {
  tenants: TenantsTable;
  units: UnitsTable;
  users: UsersTable;
  user_municipal_roles: UserMunicipalRolesTable;
  unit_memberships: UnitMembershipsTable;
  children: ChildrenTable;
  enrolments: EnrolmentsTable;
  guardians: GuardiansTable;
  child_guardians: ChildGuardiansTable;
  audit_log: AuditLogTable;
  audit_heads: AuditHeadsTable;
  import_jobs: ImportJobsTable;
  sessions: SessionsTable;
  oidc_login_states: OidcLoginStatesTable;
  concerns: ConcernsTable;
  concern_steps: ConcernStepsTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  case_holders: CaseHoldersTable;
  handover_requests: HandoverRequestsTable;
  case_entries: CaseEntriesTable;
  entry_drafts: EntryDraftsTable;
  goals: GoalsTable;
  measures: MeasuresTable;
  evaluations: EvaluationsTable;
  case_documents: CaseDocumentsTable;
  consents: ConsentsTable;
  consent_units: ConsentUnitsTable;
  reports_of_concern: ReportsOfConcernTable;
  services: ServicesTable;
  guide_steps: GuideStepsTable;
  guides: GuidesTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
}


export interface ServicesTable {
  id: Generated<string>;
  tenant_id: string;
  unit_id: string | null;
  slug: string;
  service_type: string;
  status: Generated<'draft' | 'published' | 'archived'>;
  /** both null when target_groups says whom the service is for (0009) */
  age_from: number | null;
  age_to: number | null;
  needs: ColumnType<string[], string[] | undefined, string[]>;
  /** who can refer (contracts/catalogue-fields.ts); self_referral is generated from «self» in it */
  referrers: ColumnType<string[], string[] | undefined, string[]>;
  self_referral: GeneratedAlways<boolean>;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  cost: 'free' | 'fee' | null;
  drop_in: Generated<boolean>;
  /** { nb: ServiceText, nn: ServiceText | null, en: ServiceText | null } (contracts/catalogue.ts) */
  content: ColumnType<unknown, string, string>;
  /** [{ number, label }] */
  phones: ColumnType<unknown, string | undefined, string>;
  /** [{ name, role, phone, email }] */
  contact_persons: ColumnType<unknown, string | undefined, string>;
  inter_municipal_name: string | null;
  host_municipality_number: string | null;
  host_municipality_name: string | null;
  email: string | null;
  address: string | null;
  /** [{ label, url }] */
  links: ColumnType<unknown, string | undefined, string>;
  sort_key: string;
  published_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Generated<number>;
}

export interface GuideStepsTable {
  id: Generated<string>;
  tenant_id: string;
  key: string;
  level: number;
  kind: 'start' | 'step' | 'decision' | 'end';
  position: Generated<number>;
  /** { nb: { title, body, who }, nn: … | null, en: … | null } */
  content: ColumnType<unknown, string, string>;
  /** [{ label: { nb, nn?, en? }, to: step key }] */
  choices: ColumnType<unknown, string | undefined, string>;
  document_ids: ColumnType<string[], string[] | undefined, string[]>;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Generated<number>;
  /** «innen 14 dager»: 1–365, or null */
  deadline_days: number | null;
  /** who does it, as a staff function (contracts/common.ts) */
  staff_function: string | null;
  /** the point of case work this step is: 'concern_decision' sets the concern's deadline */
  work_point: 'concern_decision' | null;
  /** filled by trigger with the tenant's first guide when not given */
  guide_id: ColumnType<string, string | undefined, string>;
}
export interface GuidesTable {
  id: Generated<string>;
  tenant_id: string;
  slug: string;
  /** { nb, nn, en } */
  name: ColumnType<unknown, string, string>;
  /** { nb, nn, en }: who the guide is for */
  audience: ColumnType<unknown, string | undefined, string>;
  position: Generated<number>;
  published: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Generated<number>;
}

export type DocumentKind = 'plan' | 'routine' | 'guideline' | 'template' | 'tool';

export interface DocumentsTable {
  id: Generated<string>;
  tenant_id: string;
  slug: string;
  kind: DocumentKind;
  owner_id: string | null;
  review_due: DateOnly | null;
  sort_key: string;
  archived_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface DocumentVersionsTable {
  id: Generated<string>;
  tenant_id: string;
  document_id: string;
  version_no: number;
  title: string;
  summary: Generated<string>;
  /** markdown, rendered through platform/text/markdown.ts */
  body: Generated<string>;
  change_note: Generated<string>;
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  file_content: Buffer | null;
  status: Generated<'draft' | 'published'>;
  published_at: Date | null;
  published_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** the language the version is written in (0014) */
  language: Generated<'nb' | 'nn' | 'en'>;
}

export type Child = Selectable<ChildrenTable>;
export type NewChild = Insertable<ChildrenTable>;
