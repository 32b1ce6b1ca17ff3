import type { DefaultDocument, DefaultStep } from './define.js';
import { levelZeroWorry } from './level-0-worry.js';
import { levelZeroDecisions } from './level-0-decisions.js';
import { levelOne } from './level-1.js';
import { levelTwo } from './level-2.js';
import { levelThree } from './level-3.js';
import { level } from './define.js';
import { observationForm } from './documents/observation-form.js';
import { concernScale } from './documents/concern-scale.js';
import { signalList } from './documents/signals.js';
import { conversationWithChild, conversationWithGuardians, uroPreparationForm } from './documents/conversation-templates.js';
import { consentForm } from './documents/consent.js';
import { parentCollaboration, resourceTeam, transitionsPlan } from './documents/plans.js';
import { meetingGuidelines, sambaMandate } from './documents/guidelines.js';

/** Samla's default action guide: levels 0–3, in reading order within each level. */
export const defaultGuide: (DefaultStep & { position: number })[] = [
  ...level(0, [...levelZeroWorry, ...levelZeroDecisions]),
  ...level(1, levelOne),
  ...level(2, levelTwo),
  ...level(3, levelThree),
];

/** The tools, templates and plan documents the default guide links, installed with it. */
export const defaultDocuments: DefaultDocument[] = [
  observationForm,
  concernScale,
  signalList,
  conversationWithChild,
  conversationWithGuardians,
  uroPreparationForm,
  consentForm,
  resourceTeam,
  parentCollaboration,
  transitionsPlan,
  meetingGuidelines,
  sambaMandate,
];

export type { DefaultDocument, DefaultStep };
