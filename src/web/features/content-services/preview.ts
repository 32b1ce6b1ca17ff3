import MarkdownIt from 'markdown-it';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { ArticleService } from '../../components/ServiceArticle.js';
import { isBlank, toInput, type ServiceFormValues } from './form-values.js';

/*
 * The preview renders the form's unsaved markdown in the browser by the server's rules
 * (src/server/platform/text/markdown.ts), so that it shows what readers will get: raw HTML
 * escaped, links only to http(s), mailto, tel or this site, a picture as a link named by its
 * description, the headings as an outline under the page's own. Loaded only when the preview
 * opens (markdown-it is large). SafeHtml's DOMPurify is the second wall, as for the server's HTML.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && isSafeLink(url);

/** http(s), mailto and tel, or a path on this site; nothing else (javascript:, data:, vbscript: …). */
function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  if (trimmed.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

// Pictures are not shown (the server's reason: a picture from elsewhere tells its host who reads).
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = self.renderInlineAsText(token.children ?? [], options, env) || src;
  let depth = 0;
  for (const t of tokens.slice(0, idx)) depth += t.type === 'link_open' ? 1 : t.type === 'link_close' ? -1 : 0;
  const text = md.utils.escapeHtml(alt);
  return depth > 0 ? text : `<a href="${md.utils.escapeHtml(src)}"${rel(src)}>${text}</a>`;
};

/*
 * The server's allowlist: href on a link (its sanitizer adds rel to web links), start on a list,
 * no other attribute — no title on links, no alignment on table cells, no language class on code.
 */
const rel = (href: string) => (/^https?:/i.test(href) ? ' rel="noopener noreferrer"' : '');
md.renderer.rules.link_open = (tokens, idx) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  return `<a href="${md.utils.escapeHtml(href)}"${rel(href)}>`;
};
for (const cell of ['th_open', 'td_open'] as const) {
  md.renderer.rules[cell] = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrs = null;
    return self.renderToken(tokens, idx, options);
  };
}
md.renderer.rules.fence = (tokens, idx) => `<pre><code>${md.utils.escapeHtml(tokens[idx]!.content)}</code></pre>\n`;

const MAX_LEVEL = 5;

/**
 * The server's outline: the highest level the author used becomes `start`, and a heading goes at
 * most one level deeper than the one before it.
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

/** `headingStart`: the level of the text's top headings, one below its section's heading. */
export function previewHtml(source: string, headingStart: number): string {
  const env = {};
  const tokens = md.parse(source, env);
  outline(tokens, Math.min(headingStart, MAX_LEVEL));
  return md.renderer.render(tokens, md.options, env);
}

/** Plain text of the summary, as lists show it. */
function plain(source: string): string {
  // An inert document: nothing in it loads or runs.
  const doc = new DOMParser().parseFromString(md.renderInline(source), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The service as a reader will see it in `lang`, from what the form holds now. `headingStart`
 * is the level of headings in its texts: two below the service's name.
 */
export function previewService(values: ServiceFormValues, lang: ContentLanguage, unitName: string | null, headingStart: number): ArticleService {
  const input = toInput(values);
  const language: ContentLanguage = lang !== 'nb' && isBlank(values.content[lang]) ? 'nb' : lang;
  const text = values.content[language];
  const html = (source: string) => previewHtml(source, headingStart);
  return {
    unitName,
    serviceType: input.serviceType || 'other',
    ageFrom: input.ageFrom !== null && Number.isFinite(input.ageFrom) ? input.ageFrom : null,
    ageTo: input.ageTo !== null && Number.isFinite(input.ageTo) ? input.ageTo : null,
    targetGroups: input.targetGroups ?? [],
    needs: input.needs ?? [],
    referrers: input.referrers ?? [],
    selfReferral: (input.referrers ?? []).includes('self'),
    cost: input.cost ?? null,
    dropIn: input.dropIn ?? false,
    language,
    name: text.name.trim(),
    summary: plain(text.summary),
    whoWeAreHtml: html(text.whoWeAre),
    whatWeOfferHtml: html(text.whatWeOffer),
    targetGroupHtml: html(text.targetGroup),
    howToGetHelpHtml: html(text.howToGetHelp),
    openingHours: text.openingHours.trim(),
    costText: input.cost === 'fee' ? (text.costText.trim() || values.content.nb.costText.trim()) : '',
    phones: (input.phones ?? []).map((p) => ({ number: p.number, label: p.label ?? '' })),
    contactPersons: (input.contactPersons ?? []).map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? null, email: c.email ?? null })),
    interMunicipal: input.interMunicipal ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    links: (input.links ?? []).filter((l) => /^https?:\/\//i.test(l.url)),
  };
}
