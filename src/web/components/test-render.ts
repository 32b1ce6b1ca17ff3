import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/**
 * Renders a component for a unit test as the app does, inside a query client: components that read
 * the session (the municipality's main language) find none and use their defaults. Nothing is fetched.
 */
export function renderWithQueryClient(element: ReactElement): string {
  return renderToStaticMarkup(createElement(QueryClientProvider, { client: new QueryClient() }, element));
}
