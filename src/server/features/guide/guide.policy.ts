import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { notFound } from '../../platform/http/errors.js';

/**
 * The action guide is the municipality's: municipal coordinators edit it (DESIGN.md §1, issue 4
 * item 5); any staff user reads it inside Samla, and the public reads it without a session.
 * Refusal is «not found», as for any route the actor cannot use.
 */
export function canEditGuide(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff' && actor.municipalRoles.has('municipal_coordinator');
}

export function requireGuideEditor(actor: Actor): StaffActor {
  if (!canEditGuide(actor)) throw notFound();
  return actor;
}

export function canReadGuide(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}
