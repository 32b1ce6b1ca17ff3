import { describe, expect, it } from 'vitest';
import { isSafeLink, markdownToText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the usual markdown, with headings below the page heading', () => {
    const html = renderMarkdown('# Om oss\n\nVi hjelper **barn** og [familier](https://example.no/hjelp).\n\n- én\n- to');
    expect(html).toContain('<h2>Om oss</h2>');
    expect(html).toContain('<strong>barn</strong>');
    expect(html).toContain('<a href="https://example.no/hjelp" rel="noopener noreferrer">familier</a>');
    expect(html).toContain('<li>én</li>');
  });

  it.each([
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 1">',
    '[klikk](javascript:window.__xss=1)',
    '[klikk](JAVASCRIPT:window.__xss=1)',
    '[klikk](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://example.com"></iframe>',
    '<svg onload="alert(1)"></svg>',
    '<style>body{display:none}</style>',
  ])('neutralises %s', (input) => {
    const html = renderMarkdown(input);
    // Escaped text (&lt;script&gt;) is harmless; look at the real tags only.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|a|br)[\s>]/i);
      expect(tag).not.toMatch(/\son\w+=|javascript:|data:/i);
    }
  });

  it('keeps mailto, tel and site paths', () => {
    expect(renderMarkdown('[e-post](mailto:post@kommune.no) [ring](tel:+4712345678) [side](/k/eksempel/tjenester)'))
      .toContain('href="mailto:post@kommune.no"');
    expect(renderMarkdown('[ring](tel:+4712345678)')).toContain('href="tel:+4712345678"');
    expect(renderMarkdown('[side](/k/eksempel/tjenester)')).toContain('href="/k/eksempel/tjenester"');
  });
});

describe('isSafeLink', () => {
  it.each([['https://a.no', true], ['http://a.no', true], ['mailto:a@b.no', true], ['/k/x', true], ['//evil.no', false],
    ['javascript:alert(1)', false], [' javascript:alert(1)', false], ['data:text/html,x', false], ['vbscript:x', false]])('%s → %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });
});

describe('markdownToText', () => {
  it('strips all markup', () => {
    expect(markdownToText('## Tittel\n\n**Fet** <b>x</b> [lenke](https://a.no)')).toBe('Tittel Fet <b>x</b> lenke');
  });
});
