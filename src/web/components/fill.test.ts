import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { fill, slot } from './fill.js';

const text = (node: ReactNode): string => {
  if (Array.isArray(node)) return node.map(text).join('');
  if (isValidElement(node)) return text((node as ReactElement<{ children?: ReactNode }>).props.children);
  return node === null || node === undefined || typeof node === 'boolean' ? '' : String(node);
};

describe('fill', () => {
  it('puts the nodes where their placeholders are, in the message\'s order', () => {
    const message = `${slot(1)} ← ${slot(0)} (x)`;
    const out = fill(message, [createElement('span', { lang: 'nb' }, 'Grunn til bekymring?'), createElement('span', { lang: 'nb' }, 'Ja')]);
    expect(text(out)).toBe('Ja ← Grunn til bekymring? (x)');
  });

  it('leaves a message without placeholders as it is, and never reads text as markup', () => {
    expect(text(fill('Ingen valg', [createElement('b', null, 'x')]))).toBe('Ingen valg');
    expect(text(fill(`${slot(0)}!`, ['<script>1</script>']))).toBe('<script>1</script>!');
  });
});
