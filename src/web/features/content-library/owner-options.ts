export interface Person { id: string; name: string }
export interface OwnerOption extends Person {
  /** The document's owner who is no longer an active coordinator: kept, but marked. */
  former: boolean;
}

/**
 * The owner select's people. Once the coordinators are read: they, in the server's order, and
 * the document's owner if they are no longer one of them (the server keeps an owner sent back
 * unchanged). Until then, or if they cannot be read: the user and the owner, so that the
 * select shows the value it holds from the start.
 */
export function ownerOptions(coordinators: readonly Person[] | undefined, me: Person | null, current: Person | null): OwnerOption[] {
  if (coordinators) {
    const options = coordinators.map((p) => ({ id: p.id, name: p.name, former: false }));
    if (current && !coordinators.some((p) => p.id === current.id)) options.push({ ...current, former: true });
    return options;
  }
  const known = [...(me ? [me] : []), ...(current ? [current] : [])];
  return known.filter((p, i) => known.findIndex((q) => q.id === p.id) === i).map((p) => ({ id: p.id, name: p.name, former: false }));
}
