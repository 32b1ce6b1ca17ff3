/**
 * Layout for the public pages, after Designsystemet's own CSS (unlayered, so it wins over the
 * design system's layers where they meet). Colours, sizes and focus rings come from its tokens.
 * A string, not a .css file, so that the server build carries it into dist.
 */
export const publicSiteStyles = String.raw`
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: var(--ds-font-family), system-ui, sans-serif;
  font-size: var(--ds-body-md-font-size);
  line-height: var(--ds-body-md-line-height);
  color: var(--ds-color-neutral-text-default);
  background: var(--ds-color-neutral-background-default);
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}
/* Lists that are layout, not enumerations; margins and padding set below where needed. */
.pub-languages ul, .pub-nav ul, .pub-tags, .pub-filter, .pub-results, .pub-entry-grid, .pub-choices, .pub-plain-list, .pub-tool-list, .pub-levels, .pub-progress__levels {
  list-style: none; margin: 0; padding: 0;
}
.pub-header { background: var(--ds-color-neutral-background-default); border-bottom: 1px solid var(--ds-color-neutral-border-subtle); }
.pub-header__top, .pub-nav ul, .pub-main, .pub-footer__inner { max-width: 72rem; margin: 0 auto; box-sizing: border-box; padding-inline: var(--ds-size-6); }
.pub-header__top { display: flex; flex-wrap: wrap; gap: var(--ds-size-3) var(--ds-size-6); align-items: center; justify-content: space-between; padding-block: var(--ds-size-4); }
.pub-brand { display: inline-flex; align-items: center; gap: var(--ds-size-3); color: var(--ds-color-neutral-text-default); text-decoration: none; border-radius: var(--ds-border-radius-sm); }
.pub-brand::before { content: ""; width: var(--ds-size-2); height: var(--ds-size-8); border-radius: var(--ds-border-radius-full); background: var(--ds-color-accent-base-default); }
.pub-brand__name { font-size: var(--ds-heading-xs-font-size); font-weight: var(--ds-font-weight-semibold); line-height: var(--ds-heading-xs-line-height); }
a.pub-brand:hover .pub-brand__name { text-decoration: underline; }
.pub-languages ul { display: flex; flex-wrap: wrap; gap: var(--ds-size-4); }
.pub-languages a { font-size: var(--ds-body-sm-font-size); }
.pub-languages a[aria-current] { font-weight: var(--ds-font-weight-semibold); text-decoration: none; color: var(--ds-color-neutral-text-default); }
.pub-nav { border-top: 1px solid var(--ds-color-neutral-border-subtle); background: var(--ds-color-neutral-background-tinted); }
.pub-nav ul { display: flex; flex-wrap: wrap; gap: 0 var(--ds-size-6); }
.pub-nav a {
  display: inline-block; padding: var(--ds-size-3) 0; color: var(--ds-color-neutral-text-default); text-decoration: none;
  border-bottom: 3px solid transparent; font-weight: var(--ds-font-weight-medium);
}
.pub-nav a:hover { text-decoration: underline; }
.pub-nav a[aria-current='page'] { border-bottom-color: var(--ds-color-accent-base-default); color: var(--ds-color-accent-text-default); }

/* Focus for the page's own links; Designsystemet's classes bring their own ring. */
.pub-brand:focus-visible, .pub-nav a:focus-visible, .pub-main:focus-visible, .pub-table-scroll:focus-visible {
  outline: var(--dsc-focus-outline); box-shadow: var(--dsc-focus-boxShadow); outline-offset: var(--ds-border-width-focus);
}
.pub-main:focus { outline: none; }

.pub-main { flex: 1 0 auto; width: 100%; padding-block: var(--ds-size-6) var(--ds-size-12); display: flex; flex-direction: column; gap: var(--ds-size-8); }
.pub-breadcrumbs { margin-bottom: calc(-1 * var(--ds-size-4)); font-size: var(--ds-body-sm-font-size); }
.pub-stack { display: flex; flex-direction: column; gap: var(--ds-size-4); align-items: stretch; }
.pub-narrow { max-width: 46rem; }
.pub-lead { color: var(--ds-color-neutral-text-subtle); max-width: 46rem; }
.pub-muted { color: var(--ds-color-neutral-text-subtle); }
.pub-prewrap { white-space: pre-wrap; }
.pub-section { display: flex; flex-direction: column; gap: var(--ds-size-3); }
.pub-alert { max-width: 46rem; }
.pub-alert > * + * { margin-top: var(--ds-size-2); }
.pub-kind { margin: 0; }
/*
 * One long word must not push the page sideways at 320 px (WCAG 1.4.10): «Tilgjengelighetserklæring»
 * in a large heading is wider than a phone. Hyphenation follows each element's lang.
 */
:is(h1, h2, h3, h4, h5, .ds-heading, .pub-brand__name) { overflow-wrap: anywhere; hyphens: auto; }

/* Authored text: markdown rendered on the server, styled like Designsystemet's paragraphs and lists. */
.pub-prose { max-width: 46rem; overflow-wrap: anywhere; }
.pub-prose > :first-child { margin-top: 0; }
.pub-prose > :last-child { margin-bottom: 0; }
.pub-prose :is(p, ul, ol, blockquote, table, pre) { margin: 0 0 var(--ds-size-4); }
.pub-prose :is(ul, ol) { padding-inline-start: var(--ds-size-6); }
.pub-prose li + li { margin-top: var(--ds-size-2); }
.pub-prose :is(h2, h3, h4, h5) { margin: var(--ds-size-6) 0 var(--ds-size-2); font-size: var(--ds-heading-2xs-font-size); line-height: var(--ds-heading-2xs-line-height); font-weight: var(--ds-font-weight-semibold); }
.pub-prose h2 { font-size: var(--ds-heading-xs-font-size); line-height: var(--ds-heading-xs-line-height); }
.pub-prose a { color: var(--ds-color-accent-text-subtle); text-underline-offset: .24em; }
.pub-prose a:hover { color: var(--ds-color-accent-text-default); text-decoration-thickness: .12em; }
.pub-prose a:focus-visible { outline: var(--dsc-focus-outline); box-shadow: var(--dsc-focus-boxShadow); }
.pub-prose blockquote { border-inline-start: 4px solid var(--ds-color-neutral-border-subtle); padding-inline-start: var(--ds-size-4); color: var(--ds-color-neutral-text-subtle); }
.pub-prose table { border-collapse: collapse; }
.pub-prose :is(th, td) { border: 1px solid var(--ds-color-neutral-border-subtle); padding: var(--ds-size-2) var(--ds-size-3); text-align: start; }

.pub-tags { display: flex; flex-wrap: wrap; gap: var(--ds-size-2); }
/* Designsystemet's tag keeps to one line (max-content); a long English type name must wrap instead of being cut off. */
.pub-tags .ds-tag, .pub-kind .ds-tag { white-space: normal; height: auto; width: auto; max-width: 100%; flex-shrink: 1; box-sizing: border-box; }

/* Home: three ways in. */
.pub-entry-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: var(--ds-size-4); margin-top: var(--ds-size-4); }
.pub-entry { height: 100%; display: flex; flex-direction: column; gap: var(--ds-size-2); color: var(--ds-color-neutral-text-default); }
.pub-entry h2 { color: var(--ds-color-accent-text-default); }
.pub-entry:hover { background: var(--ds-color-accent-surface-hover); }

/* Catalogue: the form beside the results on wide screens, above them on narrow ones. */
.pub-search { display: grid; grid-template-columns: minmax(16rem, 20rem) minmax(0, 1fr); gap: var(--ds-size-8); align-items: start; }
.pub-search__form { display: flex; flex-direction: column; gap: var(--ds-size-5); padding: var(--ds-size-5); border-radius: var(--ds-border-radius-lg); background: var(--ds-color-neutral-background-tinted); border: 1px solid var(--ds-color-neutral-border-subtle); }
.pub-search__form .ds-input:not([type='checkbox']) { width: 100%; box-sizing: border-box; }
.pub-search__form [data-field='description'] { font-size: var(--ds-body-sm-font-size); }
.pub-jump { display: none; }
.pub-search__results { display: flex; flex-direction: column; gap: var(--ds-size-4); min-width: 0; }
.pub-needs { margin: 0; padding: 0; border: 0; min-width: 0; }
.pub-needs legend { padding: 0; margin-bottom: var(--ds-size-1); }
.pub-needs__list { display: flex; flex-direction: column; gap: var(--ds-size-1); margin-top: var(--ds-size-2); }
.pub-actions { display: flex; flex-wrap: wrap; gap: var(--ds-size-4); align-items: center; }
.pub-results { display: flex; flex-direction: column; gap: var(--ds-size-4); }
.pub-card { display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-card > .pub-tags { margin-top: var(--ds-size-1); }
.pub-pagination { margin-top: var(--ds-size-4); }
.pub-pagination li > a[aria-current='page'] {
  --dsc-button-background: var(--ds-color-accent-base-default);
  --dsc-button-background--hover: var(--ds-color-accent-base-hover);
  --dsc-button-color: var(--ds-color-accent-base-contrast-default);
  --dsc-button-color--hover: var(--ds-color-accent-base-contrast-default);
}
@media (max-width: 48rem) {
  .pub-search { grid-template-columns: minmax(0, 1fr); }
  .pub-jump { display: block; }
  .pub-header__top, .pub-nav ul, .pub-main, .pub-footer__inner { padding-inline: var(--ds-size-4); }
}

/* A service. */
.pub-article { display: flex; flex-direction: column; gap: var(--ds-size-6); }
.pub-article__body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: var(--ds-size-10); align-items: start; }
.pub-article__main { display: flex; flex-direction: column; gap: var(--ds-size-8); min-width: 0; }
.pub-contact { display: flex; flex-direction: column; gap: var(--ds-size-3); }
.pub-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--ds-size-2) var(--ds-size-6); margin: 0; }
.pub-facts dt { font-weight: var(--ds-font-weight-semibold); }
.pub-facts dd { margin: 0; overflow-wrap: anywhere; }
.pub-facts--stacked { grid-template-columns: minmax(0, 1fr); gap: 0; }
.pub-facts--stacked dd + dt { margin-top: var(--ds-size-3); }
.pub-plain-list { display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-article__footer { display: flex; flex-direction: column; gap: var(--ds-size-2); border-top: 1px solid var(--ds-color-neutral-border-subtle); padding-top: var(--ds-size-4); }
@media (max-width: 56rem) { .pub-article__body { grid-template-columns: minmax(0, 1fr); gap: var(--ds-size-8); } }

/* The guide: the way in, the levels, one step with its choices. */
.pub-start { display: flex; flex-direction: column; gap: var(--ds-size-2); align-items: flex-start; padding: var(--ds-size-5); border-radius: var(--ds-border-radius-lg); background: var(--ds-color-accent-surface-tinted); }
.pub-start__button { font-size: var(--ds-body-lg-font-size); }
.pub-guide-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--ds-size-4); }
.pub-levels { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: var(--ds-size-4); }
.pub-level { display: flex; flex-direction: column; gap: var(--ds-size-2); border-top: 4px solid var(--ds-color-accent-base-default); }
.pub-level__badge { display: block; font-size: var(--ds-body-sm-font-size); color: var(--ds-color-accent-text-subtle); font-weight: var(--ds-font-weight-semibold); }
.pub-step-list { margin: var(--ds-size-2) 0 0; padding-inline-start: var(--ds-size-5); display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-tool-list { display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-who { padding: var(--ds-size-3) var(--ds-size-4); border-inline-start: 4px solid var(--ds-color-accent-base-default); background: var(--ds-color-neutral-background-tinted); border-radius: 0 var(--ds-border-radius-md) var(--ds-border-radius-md) 0; }
.pub-who > * + * { margin-top: var(--ds-size-1); }
.pub-choices { display: flex; flex-direction: column; gap: var(--ds-size-3); }
.pub-choice { width: 100%; justify-content: flex-start; flex-direction: column; align-items: flex-start; text-align: start; gap: var(--ds-size-1); padding: var(--ds-size-4) var(--ds-size-5); }
.pub-choice__label { font-size: var(--ds-body-lg-font-size); font-weight: var(--ds-font-weight-semibold); }
.pub-choice__label::after { content: " →" / ""; }
/*
 * The full stop between label and destination, for the link's name and for pages without CSS.
 * Not .ds-sr-only: an absolutely positioned part of a name is read with a space before it («bekymring . Neste»).
 */
.pub-choice__sep { font-size: 0; }
.pub-choice__to { font-size: var(--ds-body-sm-font-size); font-weight: var(--ds-font-weight-regular); }
.pub-progress { display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-progress__levels { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: var(--ds-size-1); }
.pub-progress__levels li {
  padding: var(--ds-size-1) var(--ds-size-2); text-align: center; font-size: var(--ds-body-sm-font-size);
  border-bottom: 4px solid var(--ds-color-neutral-border-subtle); color: var(--ds-color-neutral-text-subtle);
}
.pub-progress__levels li[data-done] { border-bottom-color: var(--ds-color-accent-border-subtle); }
.pub-progress__levels li[aria-current] { border-bottom-color: var(--ds-color-accent-base-default); color: var(--ds-color-accent-text-default); font-weight: var(--ds-font-weight-semibold); background: var(--ds-color-accent-surface-tinted); }

/* The library. */
.pub-filter { display: flex; flex-wrap: wrap; gap: var(--ds-size-2); }
.pub-table-scroll { overflow-x: auto; }
.pub-table { width: 100%; }
.pub-table [aria-current] { font-weight: var(--ds-font-weight-semibold); }

.pub-footer { margin-top: auto; background: var(--ds-color-neutral-background-tinted); border-top: 1px solid var(--ds-color-neutral-border-subtle); }
.pub-footer__inner { padding-block: var(--ds-size-6); display: flex; flex-direction: column; gap: var(--ds-size-2); }
.pub-footer__inner > p { max-width: 46rem; }
.pub-footer__name { font-weight: var(--ds-font-weight-semibold); }

@media print {
  .pub-header, .pub-footer, .pub-breadcrumbs, .pub-search__form, .pub-pagination, .ds-skip-link { display: none; }
}
`;
