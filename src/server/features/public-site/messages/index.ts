import { en } from './en.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';

export type { Messages };
export type PublicLanguage = 'nb' | 'nn' | 'en';

const all: Record<PublicLanguage, Messages> = { nb, nn, en };

export function messages(lang: PublicLanguage): Messages {
  return all[lang];
}
