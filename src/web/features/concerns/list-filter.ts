import { concernStatuses } from '../../../contracts/concerns.js';
import type { ConcernFilter } from './api.js';

type Status = (typeof concernStatuses)[number];
const isStatus = (v: string | null): v is Status => v !== null && (concernStatuses as readonly string[]).includes(v);

/**
 * The list's filter from the URL (?visning=enhet&enhet=<id>&status=open&forfalt=1): enums and a
 * unit id only, so nothing personal, and Back from a concern returns to the same list. «The unit's»
 * needs a unit where the user is a leader or resource person; anything else falls back to «mine».
 */
export function concernFilterFrom(params: URLSearchParams, overseen: readonly { id: string }[]): ConcernFilter {
  const status = params.get('status');
  const unit = params.get('visning') === 'enhet' && overseen.length > 0;
  const unitId = params.get('enhet');
  return {
    scope: unit ? 'unit' : 'mine',
    unitId: unit && unitId && overseen.some((u) => u.id === unitId) ? unitId : undefined,
    status: isStatus(status) ? status : undefined,
    overdue: params.get('forfalt') === '1' ? true : undefined,
  };
}
