import { useMemo, type HTMLAttributes } from 'react';
import DOMPurify from 'dompurify';

/*
 * The server renders authored markdown through its own sanitiser; this is the second wall in
 * the browser, so that nothing the server ever lets through by mistake runs here. Inline
 * styles and forms have no place in authored content: they could imitate Samla's own controls.
 */
const options = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'img', 'iframe'],
  FORBID_ATTR: ['style', 'class', 'id'],
};

/** Shows server-rendered HTML (the API's fields ending in `Html`) after DOMPurify. */
export function SafeHtml({ html, ...rest }: { html: string } & Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dangerouslySetInnerHTML'>) {
  const clean = useMemo(() => DOMPurify.sanitize(html, options), [html]);
  return <div {...rest} dangerouslySetInnerHTML={{ __html: clean }} />;
}
