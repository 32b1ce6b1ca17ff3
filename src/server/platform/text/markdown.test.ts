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

describe('heading outline', () => {
  const levels = (html: string) => [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));

  it('maps # to h2 and ## to h3 by default, as before', () => {
    expect(levels(renderMarkdown('# A\n\n## B\n\n# C'))).toEqual([2, 3, 2]);
  });

  it('starts the highest heading the author used at the start level: ## first (the usual way) is h2, not h3', () => {
    expect(levels(renderMarkdown('## Formål\n\ntekst\n\n### Detaljer\n\n## Ansvar'))).toEqual([2, 3, 2]);
    expect(renderMarkdown('### Bare ett nivå')).toBe('<h2>Bare ett nivå</h2>\n');
  });

  it('never skips a level, whatever the author wrote', () => {
    expect(levels(renderMarkdown('# A\n\n#### B\n\n###### C\n\n## D'))).toEqual([2, 3, 4, 3]);
    expect(levels(renderMarkdown('### A\n\n# B\n\n## C'))).toEqual([2, 2, 3]);
    expect(levels(renderMarkdown('Setext\n======\n\nUnder\n-----'))).toEqual([2, 3]);
  });

  it('starts lower under a section heading, and stops at h5', () => {
    expect(levels(renderMarkdown('# A\n\n## B', { headingStart: 3 }))).toEqual([3, 4]);
    expect(levels(renderMarkdown('# A\n\n## B\n\n### C\n\n#### D', { headingStart: 4 }))).toEqual([4, 5, 5, 5]);
  });
});

describe('strikethrough and pictures', () => {
  it('renders ~~struck~~ text as <s>, not as escaped tag text', () => {
    expect(renderMarkdown('~~Stengt~~ Åpent igjen')).toBe('<p><s>Stengt</s> Åpent igjen</p>\n');
  });

  it('shows a picture as a link to it, named by its description; no <img>, no escaped tag text', () => {
    const html = renderMarkdown('Se ![kart over **kontoret**](https://kart.example.no/a.png) og ![](/b.png) og ![<script>](/c.png)');
    expect(html).toBe('<p>Se <a href="https://kart.example.no/a.png" rel="noopener noreferrer">kart over kontoret</a> og '
      + '<a href="/b.png">/b.png</a> og <a href="/c.png">&lt;script&gt;</a></p>\n');
    expect(html).not.toContain('img');
  });

  it('leaves a picture inside a link as its description (links do not nest), and an unsafe one as its text', () => {
    expect(renderMarkdown('[![logo](/logo.png)](https://example.no)')).toBe('<p><a href="https://example.no" rel="noopener noreferrer">logo</a></p>\n');
    expect(renderMarkdown('![x](javascript:alert(1))')).toBe('<p>![x](javascript:alert(1))</p>\n');
  });

  it('keeps a picture’s description and struck text in plain text', () => {
    expect(markdownToText('~~Stengt~~ ![kart over **kontoret**](/a.png)')).toBe('Stengt kart over kontoret');
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
