import { expect, type Page } from '@playwright/test';

/** WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400 % zoom) without scrolling in two directions. */
export const REFLOW_WIDTH = 320;

/**
 * What does not fit at the page's current width, in the browser: the page's own sideways scroll, each element that
 * ends past the right edge outside a scrolling region (the deepest ones, not every ancestor), and each element that
 * hides part of its content by overflow: hidden. A data table scrolling in its own region is allowed (1.4.10's
 * exception); a text field's value scrolling inside the field is how text fields work.
 */
function findOverflow(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${width} px`);
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
  const inScrollRegion = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const overflow = getComputedStyle(p).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
    return false;
  };
  const pastEdge = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && r.right > width + 1;
  };
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || inScrollRegion(el)) continue;
    if (pastEdge(el) && ![...el.children].some(pastEdge)) problems.push(`ends past the edge: ${describe(el)}`);
    else if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && style.textOverflow !== 'ellipsis'
      && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`cuts its content (${el.scrollWidth} px in ${el.clientWidth} px): ${describe(el)}`);
    }
  }
  return problems;
}

/** The page as it is now reflows at 320 px: nothing scrolls sideways, nothing is cut. */
export async function expectNoOverflow(page: Page, label: string): Promise<void> {
  expect(await page.evaluate(findOverflow), `overflow at ${REFLOW_WIDTH} px on ${label}`).toEqual([]);
}

/** Narrows the page to 320 px, checks that it reflows, and gives it back its width. */
export async function expectReflow(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  if (size && size.width !== REFLOW_WIDTH) await page.setViewportSize({ width: REFLOW_WIDTH, height: size.height });
  try {
    // Let layout settle: two frames after the resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expectNoOverflow(page, label);
  } finally {
    if (size && size.width !== REFLOW_WIDTH) await page.setViewportSize(size);
  }
}
