import { useEffect, useRef } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

export interface NoticeState { text: string | null; stamp: number }

/**
 * The result of an action, announced. With `focus` it also takes focus when it appears: for
 * actions whose button is gone afterwards (publishing removes the draft's controls), so that
 * focus does not fall to <body>; otherwise focus stays where the user works.
 */
export function Notice({ notice, focus = false }: { notice: NoticeState; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && notice.text) ref.current?.focus();
  }, [notice, focus]);
  if (!notice.text) return null;
  return (
    <Alert ref={ref} data-color="success" tabIndex={focus ? -1 : undefined} role="status">
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
}
