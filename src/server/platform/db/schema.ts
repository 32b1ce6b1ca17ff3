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
  created_at: Timestamp;
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
}

export type Child = Selectable<ChildrenTable>;
export type NewChild = Insertable<ChildrenTable>;
