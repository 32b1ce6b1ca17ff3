import { useEffect } from 'react';

/** Every page has its own title (WCAG 2.4.2); the product name comes last. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Samla`;
  }, [title]);
}
