import { Fragment, type ReactNode } from 'react';

/*
 * A translated message with elements inside it, e.g. a step's bokmål title marked lang="nb" in
 * an English sentence: t('key', { title: slot(0) }) puts a placeholder where {{title}} is, and
 * fill() puts the element there. The placeholders are private-use characters, which messages
 * never hold; the values are never parsed as markup (unlike <Trans> with user text).
 */
const FIRST = 0xe000;

export const slot = (i: number) => String.fromCharCode(FIRST + i);

export function fill(message: string, nodes: readonly ReactNode[]): ReactNode {
  if (nodes.length === 0) return message;
  const pattern = new RegExp(`([${slot(0)}-${slot(nodes.length - 1)}])`);
  return message.split(pattern).map((part, i) => {
    const index = part.length === 1 ? part.charCodeAt(0) - FIRST : -1;
    return index >= 0 && index < nodes.length ? <Fragment key={i}>{nodes[index]}</Fragment> : part;
  });
}
