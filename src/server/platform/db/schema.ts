import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

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
export type ConcernStepKind = 'discussion_colleague' | 'discussion_leader' | 'conversation_child' | 'conversation_guardians';
export type CaseLevel = 1 | 2 | 3;
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
  age_from: number;
  age_to: number;
  needs: ColumnType<string[], string[] | undefined, string[]>;
  self_referral: Generated<boolean>;
  /** { nb: ServiceText, nn: ServiceText | null, en: ServiceText | null } (contracts/catalogue.ts) */
  content: ColumnType<unknown, string, string>;
  phone: string | null;
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
