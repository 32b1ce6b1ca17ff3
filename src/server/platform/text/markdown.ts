import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Authored content (service texts, guide steps, routines) is markdown. Raw HTML in it is
 * escaped by markdown-it (html: false), links outside http(s), mailto and tel are refused,
 * and the rendered HTML goes through sanitize-html with a short allowlist anyway — two walls,
 * so that a coordinator's pasted <script> or javascript: link never runs in a resident's browser.
 */
const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && isSafeLink(url);

/*
 * Pictures are not shown: a picture from elsewhere would tell its host who reads the page, and
 * the pages' CSP refuses it anyway. The reader gets a link to it, named by its description (or
 * just the description inside a link, where a link cannot nest). Its address passed validateLink.
 */
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = self.renderInlineAsText(token.children ?? [], options, env) || src;
  let depth = 0;
  for (const t of tokens.slice(0, idx)) depth += t.type === 'link_open' ? 1 : t.type === 'link_close' ? -1 : 0;
  const text = md.utils.escapeHtml(alt);
  return depth > 0 ? text : `<a href="${md.utils.escapeHtml(src)}">${text}</a>`;
};

/** http(s), mailto and tel, or a path on this site; nothing else (javascript:, data:, vbscript: …). */
export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  if (trimmed.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && SAFE_SCHEMES.includes(scheme);
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  // s: markdown-it's ~~strikethrough~~
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'h5', 'ul', 'ol', 'li', 'strong', 'em', 's', 'a', 'blockquote', 'code', 'pre', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'], ol: ['start'] },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // A second wall: renderMarkdown never writes h1 or h6 (see outline); the page has its own h1.
    h1: 'h2', h6: 'h5',
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
};

export interface RenderOptions {
  /**
   * The level the text's top headings get: 2 (default) for a text right under the page's h1,
   * 3 for one under a section's h2.
   */
  headingStart?: 2 | 3 | 4;
}

const MAX_LEVEL = 5;

/**
 * Headings as an outline that fits under the page's own: the highest level the author used
 * becomes `start` (many write `##` first, taking `#` for the page's title), and a heading goes
 * at most one level deeper than the one before it, so screen reader users find no gaps.
 */
function outline(tokens: ReturnType<typeof md.parse>, start: number): void {
  const headings = tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const levels = headings.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  if (levels.length === 0) return;
  const top = Math.min(...levels);
  let previous = start - 1;
  let level = start;
  for (const token of headings) {
    if (token.type === 'heading_open') {
      const wanted = start + Number(token.tag.slice(1)) - top;
      level = Math.min(Math.max(start, Math.min(wanted, previous + 1)), MAX_LEVEL);
      previous = level;
    }
    token.tag = `h${level}`;
  }
}

/** Markdown → HTML that is safe to insert into a page as it is. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const env = {};
  const tokens = md.parse(source, env);
  outline(tokens, options.headingStart ?? 2);
  return sanitizeHtml(md.renderer.render(tokens, md.options, env), sanitizeOptions);
}

/** Plain text of markdown, for summaries and meta descriptions: not HTML, so escape it where it goes. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'image') parts.push(md.renderer.renderInlineAsText(child.children ?? [], md.options, {}));
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
