import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { ErrorAlert } from './ErrorAlert.js';
import { Loading } from './Loading.js';

/**
 * The live region above a list: loading, error, or the empty state, announced to screen
 * readers as it changes. `children` adds to it (for example the number of hits).
 */
export function ListStatus(props: {
  query: { isPending: boolean; isFetching: boolean; isError: boolean; error: unknown; data: unknown };
  empty: boolean;
  emptyText: string;
  children?: ReactNode;
}) {
  const { query } = props;
  return (
    <div aria-live="polite" aria-busy={query.isFetching}>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data !== undefined && props.empty && <Paragraph>{props.emptyText}</Paragraph>}
      {props.children}
    </div>
  );
}
