import { createElement } from 'react';
import { renderWithQueryClient } from './test-render.js';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConcernSignals } from '../../contracts/concerns.js';
import { en } from '../i18n/en.js';
import { nb } from '../i18n/nb.js';
import { nn } from '../i18n/nn.js';
import { SignalText } from './SignalText.js';

/** Worry signals on nynorsk and English pages (issue 9): defaults translated, the municipality's own marked lang="nb". */
const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'nb', resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } }, interpolation: { escapeValue: false } });
});
const render = async (lng: string, label: string) => {
  await t.changeLanguage(lng);
  return renderWithQueryClient(createElement(I18nextProvider, { i18n: t }, createElement(SignalText, { label })));
};

describe('SignalText', () => {
  it('shows Samla’s default signals in the page’s language', async () => {
    expect(await render('en', 'Søvnproblemer eller tretthet')).toBe('Sleep problems or tiredness');
    expect(await render('nn', 'Høyt fravær')).toBe('Høgt fråvær');
    expect(await render('nb', 'Høyt fravær')).toBe('Høyt fravær');
  });
  it('has a translation of every default signal in nynorsk and English, and the bokmål one is the stored label', async () => {
    for (const s of defaultConcernSignals) {
      expect(await render('nb', s.nb)).toBe(s.nb);
      for (const lng of ['nn', 'en']) expect(await render(lng, s.nb), `${lng} ${s.key}`).not.toContain('lang=');
    }
    expect(await render('en', 'Endret atferd')).not.toBe('Endret atferd');
  });
  it('marks a municipality’s own signal as bokmål on nynorsk and English pages, not on bokmål ones', async () => {
    expect(await render('en', 'Bekymring fra helsestasjonen')).toBe('<span lang="nb">Bekymring fra helsestasjonen</span>');
    expect(await render('nn', 'Bekymring fra helsestasjonen')).toBe('<span lang="nb">Bekymring fra helsestasjonen</span>');
    expect(await render('nb', 'Bekymring fra helsestasjonen')).toBe('<span>Bekymring fra helsestasjonen</span>');
  });
});
