import { en } from './en.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';

export type { Messages };
export type PublicLanguage = 'nb' | 'nn' | 'en';

const all: Record<PublicLanguage, Messages> = { nb, nn, en };

/** `?lang=nn|en`; anything else (missing, unknown, repeated) is bokmål. */
export function publicLanguage(value: unknown): PublicLanguage {
  return value === 'nn' || value === 'en' ? value : 'nb';
}

export function messages(lang: PublicLanguage): Messages {
  return all[lang];
}
