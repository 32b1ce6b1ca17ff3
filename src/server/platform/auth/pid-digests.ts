import { sql } from 'kysely';
import type { Config } from '../../config.js';
import type { Db } from '../db/database.js';
import { pidDigest } from './pid.js';

/**
 * Fills children.pid_digest and guardians.pid_digest where they are missing (new rows, or a
 * number changed: a trigger clears the digest then). Residents are matched to guardians and
 * children by this digest of the national ID number under PID_HMAC_KEY; without the key (no
 * resident login) there is nothing to match and nothing is done. Runs on the owner connection
 * across tenants; cheap when nothing is missing (a partial index holds only the missing rows).
 */
export async function fillPidDigests(db: Db, config: Pick<Config, 'pidHmacKey'>, batchSize = 2000): Promise<number> {
  if (!config.pidHmacKey) return 0;
  let filled = 0;
  for (const table of ['children', 'guardians'] as const) {
    for (;;) {
      const rows = await db.selectFrom(table).select(['id', 'national_id']).where('pid_digest', 'is', null).limit(batchSize).execute();
      if (rows.length === 0) break;
      const values = rows.map((r) => ({ id: r.id, digest: pidDigest(config, r.national_id) }));
      await sql`UPDATE ${sql.table(table)} AS t SET pid_digest = v.digest
          FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, digest text)
          WHERE t.id = v.id`.execute(db);
      filled += rows.length;
    }
  }
  return filled;
}
