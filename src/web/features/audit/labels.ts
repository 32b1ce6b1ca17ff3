import { useTranslation } from 'react-i18next';
import { nb } from '../../i18n/nb.js';
import type { AuditAction, AuditEntityType } from '../../../contracts/audit-codes.js';

/*
 * The server writes stable codes into the audit log; the page translates the ones it knows.
 * A code added on the server before its text is added here is shown as it is, never hidden.
 */
type Actions = typeof nb.admin.audit.actions;
type ActionCode = { [E in keyof Actions]: `${E}.${keyof Actions[E] & string}` }[keyof Actions];
type EntityType = keyof typeof nb.admin.audit.entityTypes;
type ActorKind = keyof typeof nb.admin.audit.actorKinds;

/*
 * Every code the server may write has a label: a code added to AUDIT_ACTIONS or AUDIT_ENTITY_TYPES without one in
 * i18n/features/audit.ts fails here, naming it («Type '"case.x"' does not satisfy the constraint 'never'»).
 */
type Labelled<Missing extends never> = Missing;
export type EveryAuditActionLabelled = Labelled<Exclude<AuditAction, ActionCode>>;
export type EveryAuditEntityTypeLabelled = Labelled<Exclude<AuditEntityType, EntityType>>;

function isActionCode(code: string): code is ActionCode {
  const [entity, verb, ...rest] = code.split('.');
  if (rest.length > 0 || !entity || !verb || !Object.hasOwn(nb.admin.audit.actions, entity)) return false;
  return Object.hasOwn(nb.admin.audit.actions[entity as keyof Actions], verb);
}
const isEntityType = (code: string): code is EntityType => Object.hasOwn(nb.admin.audit.entityTypes, code);
const isActorKind = (code: string): code is ActorKind => Object.hasOwn(nb.admin.audit.actorKinds, code);

export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (code: string) => (isActionCode(code) ? t(`admin.audit.actions.${code}`) : code),
    entityType: (code: string) => (isEntityType(code) ? t(`admin.audit.entityTypes.${code}`) : code),
    actorKind: (code: string) => (isActorKind(code) ? t(`admin.audit.actorKinds.${code}`) : code),
  };
}
