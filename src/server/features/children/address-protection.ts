import { sql, type Expression, type RawBuilder } from 'kysely';
import type { AddressProtection } from '../../platform/db/schema.js';
import type { Address } from '../../../contracts/children.js';

/**
 * The one place that says how protected addresses (fortrolig / strengt fortrolig adresse,
 * DESIGN §4.7) combine. Protection is ordered none < fortrolig < strengt_fortrolig, and when two
 * sources disagree the strictest wins: a missing or blank flag can never lift a protection that
 * another source (a stored value, another row of the file, a guardian) sets. The API, the
 * import and, later, exports and reports of concern all go through these functions.
 */

const RANK: Record<AddressProtection, number> = { none: 0, fortrolig: 1, strengt_fortrolig: 2 };

/** The strictest of the given protections; 'none' when given none. */
export function strictestProtection(...levels: readonly AddressProtection[]): AddressProtection {
  let strictest: AddressProtection = 'none';
  for (const level of levels) if (RANK[level] > RANK[strictest]) strictest = level;
  return strictest;
}

/**
 * The protection that governs a child's address and the addresses of all the child's guardians.
 * A child usually lives with a guardian, so a protected guardian protects the child's address
 * too; and once the child's address is protected, any guardian's address would reveal it.
 */
export function effectiveProtection(child: AddressProtection, guardians: readonly AddressProtection[]): AddressProtection {
  return strictestProtection(child, ...guardians);
}

/**
 * The same rule in SQL, for writes that merge a stored value with an incoming one, e.g. in
 * ON CONFLICT DO UPDATE: `strictestProtectionSql(sql.ref('children.address_protection'),
 * sql.ref('excluded.address_protection'))`. A NULL operand counts as no information, so it
 * keeps the other value (and gives 'none' only when both are 'none' or NULL).
 */
export function strictestProtectionSql(
  a: Expression<AddressProtection | null>,
  b: Expression<AddressProtection | null>,
): RawBuilder<AddressProtection> {
  return sql<AddressProtection>`CASE
    WHEN ${a} = 'strengt_fortrolig' OR ${b} = 'strengt_fortrolig' THEN 'strengt_fortrolig'
    WHEN ${a} = 'fortrolig' OR ${b} = 'fortrolig' THEN 'fortrolig'
    ELSE 'none' END`;
}

/** A protected address is never shown: only that it is protected. Pass the effective protection. */
export function presentAddress(
  protection: AddressProtection,
  a: { street_address: string | null; postal_code: string | null; city: string | null },
): Address {
  if (protection !== 'none') return { protection };
  return { protection: 'none', streetAddress: a.street_address, postalCode: a.postal_code, city: a.city };
}
