import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../server/platform/text/markdown.js';
import { previewHtml } from './preview.js';

/** The server's sanitizer writes some characters and empty elements its own way; the markup is what counts. */
const normal = (html: string) => html.replace(/&quot;/g, '"').replace(/<br \/>/g, '<br>').replace(/<hr \/>/g, '<hr>').replace(/\s+/g, ' ').trim();

// Headings are left out here: the server's heading outline is compared in the test below by its rules.
const samples = {
  text: 'Vi er **to** helsesykepleiere og *én* lege. ~~Stengt~~ åpent.',
  list: '- Samtaler\n- Vaksiner\n\n1. Ring\n2. Kom innom',
  ordered: '3. tredje\n4. fjerde',
  links: '[Kommunen](https://example.no "tittel") [e-post](mailto:post@example.no) [tlf](tel:12345678) [her](/k/eksempel) https://skien.kommune.no',
  unsafe: '[x](javascript:alert(1)) [y](data:text/html,hi) <script>alert(1)</script> <b>fet</b>',
  image: '![Kart over skolen](https://example.no/kart.png) og ![](https://example.no/uten.png)',
  imageInLink: '[![Logo](https://example.no/logo.png)](https://example.no)',
  unsafeImage: '![x](javascript:alert(1))',
  quote: '> Sitat\n\n```js\nkode();\n```\n\n`inline`\n\n---',
  table: '| Dag | Tid |\n|:----|----:|\n| Man | 8–15 |',
};

describe('previewHtml', () => {
  it.each(Object.entries(samples))('renders %s as the server does', (_name, source) => {
    expect(normal(previewHtml(source, 3))).toBe(normal(renderMarkdown(source)));
  });

  it('shows a picture as a link named by its description, and never an <img>', () => {
    const html = previewHtml(samples.image, 3);
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://example.no/kart.png" rel="noopener noreferrer">Kart over skolen</a>');
  });

  it('keeps ~~strikethrough~~ and refuses unsafe links', () => {
    expect(previewHtml(samples.text, 3)).toContain('<s>Stengt</s>');
    expect(previewHtml(samples.unsafe, 3)).not.toMatch(/href="(javascript|data):/);
    expect(previewHtml(samples.unsafe, 3)).toContain('&lt;script&gt;');
  });

  it('puts the headings under the section as an outline: the top one at the start, one level deeper at most, never past h5', () => {
    const headings = (source: string, start: number) => [...previewHtml(source, start).matchAll(/<(h\d)>/g)].map((m) => m[1]);
    expect(headings('# Om oss\n\nTekst\n\n### Hopper over\n\n## Tilbake', 3)).toEqual(['h3', 'h4', 'h4']);
    expect(headings('## To\n\n#### Fire\n\n###### Seks', 2)).toEqual(['h2', 'h3', 'h4']);
    expect(headings('# En\n\n## To\n\n### Tre', 4)).toEqual(['h4', 'h5', 'h5']);
    expect(headings('# En\n\n## To', 5)).toEqual(['h5', 'h5']);
  });
});
