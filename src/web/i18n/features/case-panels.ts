import { featureMessages } from './define.js';
import { panelCommonMessages } from './case-panels/common.js';
import { consentMessages } from './case-panels/consent.js';
import { handoverMessages } from './case-panels/handover.js';
import { planMessages } from './case-panels/plan.js';
import { reportMessages } from './case-panels/report.js';

/**
 * The case page's panels (action plan, consent, handover, export), the report of concern page
 * and the handover page. Each part keeps its three languages in its own file under case-panels/.
 */
const parts = { common: panelCommonMessages, plan: planMessages, consent: consentMessages, handover: handoverMessages, report: reportMessages };
const pick = <L extends 'nb' | 'nn' | 'en'>(lang: L) => ({
  common: parts.common[lang],
  plan: parts.plan[lang],
  consent: parts.consent[lang],
  handover: parts.handover[lang],
  report: parts.report[lang],
});

export const casePanelsMessages = featureMessages(pick('nb'), pick('nn'), pick('en'));
