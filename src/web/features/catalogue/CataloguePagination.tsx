import { Pagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** Page numbers around the current one, the first and the last; null marks a gap. */
export function pageWindow(current: number, total: number, around = 1): (number | null)[] {
  const shown = new Set([1, total]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= total) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push(p - prev === 2 ? p - 1 : null);
    out.push(p);
  });
  return out;
}

/** Ranked results are paged by number: links, so each page has an address and Back works. */
export function CataloguePagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Pagination aria-label={t('catalogue.search.pages')}>
      <Pagination.List>
        {page > 1 && (
          <Pagination.Item>
            <Pagination.Button asChild variant="tertiary">
              <RouterLink to={href(page - 1)}>{t('catalogue.search.previous')}</RouterLink>
            </Pagination.Button>
          </Pagination.Item>
        )}
        {pageWindow(page, pages).map((p, i) => (
          <Pagination.Item key={p ?? `gap-${i}`}>
            {p === null ? (
              <span aria-hidden="true">…</span>
            ) : (
              <Pagination.Button asChild aria-current={p === page ? 'page' : undefined} variant={p === page ? 'primary' : 'tertiary'}>
                <RouterLink to={href(p)} aria-label={t('catalogue.search.pageN', { page: p })}>{p}</RouterLink>
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        {page < pages && (
          <Pagination.Item>
            <Pagination.Button asChild variant="tertiary">
              <RouterLink to={href(page + 1)}>{t('catalogue.search.next')}</RouterLink>
            </Pagination.Button>
          </Pagination.Item>
        )}
      </Pagination.List>
    </Pagination>
  );
}
