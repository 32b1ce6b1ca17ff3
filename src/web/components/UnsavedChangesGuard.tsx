import { useEffect } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Texts take a while to write: leaving the page with unsaved changes asks first (in the app),
 * and the browser asks on reload or closing the tab. `shouldBlock` is read at the moment of
 * leaving, so that a save that navigates on success is never stopped. `text` says what is
 * unsaved, in the page's words. One per page: the router takes one blocker at a time, so a
 * page with several forms asks about all of them in one guard.
 */
export function UnsavedChangesGuard({ shouldBlock, text }: { shouldBlock: () => boolean; text: string }) {
  const { t } = useTranslation();
  // To the login page only when the session has ended: asking then would keep nothing, and the text is kept
  // for the same person's next login (unsent-text.ts).
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/login' && shouldBlock());

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (shouldBlock()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shouldBlock]);

  const stay = () => blocker.state === 'blocked' && blocker.reset();
  return (
    <Dialog open={blocker.state === 'blocked'} onClose={stay} modal closeButton={t('unsavedChanges.stay')} aria-labelledby="unsaved-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="unsaved-heading">{t('unsavedChanges.title')}</Heading>
      </Dialog.Block>
      <Dialog.Block className="samla-stack">
        <Paragraph>{text}</Paragraph>
        <div className="samla-actions">
          <Button type="button" variant="secondary" onClick={stay}>{t('unsavedChanges.stay')}</Button>
          <Button type="button" data-color="danger" variant="tertiary" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
            {t('unsavedChanges.leave')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
