import MarkdownIt from 'markdown-it';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { ArticleService } from '../../components/ServiceArticle.js';
import { isBlank, toInput, type ServiceFormValues } from './form-values.js';

/*
 * The preview renders the form's unsaved markdown in the browser, the way the server will:
 * raw HTML escaped, links only to http(s), mailto, tel or this site, authored headings one level
 * below the page's. SafeHtml's DOMPurify is the second wall, as for the server's HTML.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
const defaultValidate = md.validateLink.bind(md);
const SAFE = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
md.validateLink = (url: string) => defaultValidate(url) && SAFE.test(url.trim());

export function previewHtml(source: string): string {
  return md.render(source).replace(/<(\/?)h([1-6])>/g, (_, slash: string, n: string) => `<${slash}h${Math.min(Number(n) + 1, 5)}>`);
}

/** Plain text of the summary, as lists show it. */
function plain(source: string): string {
  // An inert document: nothing in it loads or runs.
  const doc = new DOMParser().parseFromString(md.renderInline(source), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The service as a reader will see it in `lang`, from what the form holds now. */
export function previewService(values: ServiceFormValues, lang: ContentLanguage, unitName: string | null): ArticleService {
  const input = toInput(values);
  const language: ContentLanguage = lang !== 'nb' && isBlank(values.content[lang]) ? 'nb' : lang;
  const text = values.content[language];
  return {
    unitName,
    serviceType: input.serviceType || 'other',
    ageFrom: Number.isFinite(input.ageFrom) ? input.ageFrom : 0,
    ageTo: Number.isFinite(input.ageTo) ? input.ageTo : 23,
    needs: input.needs ?? [],
    selfReferral: input.selfReferral,
    language,
    name: text.name.trim(),
    summary: plain(text.summary),
    whoWeAreHtml: previewHtml(text.whoWeAre),
    whatWeOfferHtml: previewHtml(text.whatWeOffer),
    targetGroupHtml: previewHtml(text.targetGroup),
    howToGetHelpHtml: previewHtml(text.howToGetHelp),
    openingHours: text.openingHours.trim(),
    phone: input.phone ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    links: (input.links ?? []).filter((l) => /^https?:\/\//i.test(l.url)),
  };
}
