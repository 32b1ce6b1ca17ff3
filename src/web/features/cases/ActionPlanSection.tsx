import type { CaseDetail } from '../../../contracts/cases.js';

/** Stub: filled in by the case panels engineer (W3). */
export function ActionPlanSection({ caseDetail }: { caseDetail: CaseDetail }) {
  void caseDetail;
  return null;
}
