import { loadConfig } from '../src/server/config.js';
import { configuredDatabase, openDatabase } from '../src/server/platform/db/database.js';
import { verifyAuditChain } from '../src/server/platform/audit/audit.js';

/** npm run audit:verify: walks every tenant's hash chain and reports the first broken link. */
const config = loadConfig();
const handle = await openDatabase(configuredDatabase(config));
try {
  const { checked, broken } = await verifyAuditChain(handle.db);
  if (broken) {
    process.stdout.write(`Audit log BROKEN after ${checked} good entries: tenant ${broken.tenantId}, entry ${broken.seq} (${broken.reason}).\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Audit log intact: ${checked} entries verified.\n`);
  }
} finally {
  await handle.close();
}
