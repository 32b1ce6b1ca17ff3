import { useEffect, useRef } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * The result of an action, focused when it appears: the button that started it may be gone
 * (closing the case hides the write controls), and focus must not fall back to <body>.
 * `stamp` changes with every action, so the same text twice is announced and focused again.
 */
export function DoneNotice({ text, stamp }: { text: string | null; stamp: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text, stamp]);
  if (!text) return null;
  return (
    <Alert ref={ref} data-color="success" tabIndex={-1} role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/** One notice per area of the page: set(text) shows and focuses it. */
export interface Notice {
  text: string | null;
  stamp: number;
}
