import { featureMessages } from './define.js';

/** The case page's panels: action plan, consent, handover, report of concern and exports. */
export const casePanelsMessages = featureMessages(
  { plan: { title: 'Handlingsplan' } },
  { plan: { title: 'Handlingsplan' } },
  { plan: { title: 'Action plan' } },
);
