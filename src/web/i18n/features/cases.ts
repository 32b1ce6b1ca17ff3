import { featureMessages } from './define.js';

/** The case page (stafettlogg): log, action plan, consent, members, handover, report of concern. */
export const casesMessages = featureMessages(
  { title: 'Stafettlogg' },
  { title: 'Stafettlogg' },
  { title: 'Relay log' },
);
