import { useState, type ReactNode } from 'react';
import { Button, Card, Dialog, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '../../../contracts/catalogue.js';
import type { ContentStatus } from '../../../contracts/content.js';
import { useFormat } from '../../components/format.js';
import type { StatusAction } from './api.js';

export const statusColor: Record<ContentStatus, 'warning' | 'success' | 'neutral'> = { draft: 'warning', published: 'success', archived: 'neutral' };

/** What each status allows; unpublishing makes a draft, archiving hides the service everywhere. */
const actions: Record<ContentStatus, StatusAction[]> = {
  draft: ['publish', 'archive'],
  published: ['unpublish', 'archive'],
  archived: ['publish'],
};

/**
 * Where the service stands and what can be done with it. Status changes apply to the saved
 * service, so they wait while the form has unsaved changes.
 */
export function StatusPanel(props: {
  service: ServiceDetail;
  publicUrl: string;
  dirty: boolean;
  pending: StatusAction | null;
  onAction: (action: StatusAction) => void;
  /** what the last status change did, announced where the user acted */
  feedback: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, setConfirming] = useState(false);
  const s = props.service;
  const label = (a: StatusAction) => (a === 'publish' && s.status === 'archived' ? t('contentServices.state.republish') : t(`contentServices.state.${a}`));
  const help = s.status === 'draft' ? t('contentServices.state.draftHelp')
    : s.status === 'published' ? t('contentServices.state.publishedHelp') : t('contentServices.state.archivedHelp');

  return (
    <Card data-color="neutral" className="samla-content-state">
      <section aria-labelledby="service-state" className="samla-stack">
        <Heading level={2} data-size="xs" id="service-state">{t('contentServices.state.title')}</Heading>
        <dl className="samla-facts">
          <dt>{t('contentServices.state.status')}</dt>
          <dd><Tag data-color={statusColor[s.status]}>{t(`contentServices.status.${s.status}`)}</Tag></dd>
          {s.publishedAt && (<><dt>{t('contentServices.state.publishedAt')}</dt><dd>{format.dateTime(s.publishedAt)}</dd></>)}
          <dt>{t('contentServices.state.updatedAt')}</dt>
          <dd>{format.dateTime(s.updatedAt)}</dd>
        </dl>
        <Paragraph data-size="sm">{help}</Paragraph>
        {s.status === 'published' && (
          // The public page is rendered by the server, outside the app: a full page load.
          <Paragraph><Link data-color="accent" href={props.publicUrl}>{t('contentServices.state.publicPage')}</Link></Paragraph>
        )}
        {s.editable && (
          <>
            {props.dirty && <Paragraph data-size="sm" id="service-state-dirty">{t('contentServices.state.saveFirst')}</Paragraph>}
            <div className="samla-actions">
              {actions[s.status].map((a) => (
                <Button
                  key={a}
                  type="button"
                  variant={a === 'publish' ? 'primary' : 'secondary'}
                  data-color={a === 'archive' ? 'danger' : 'accent'}
                  disabled={props.dirty || (props.pending !== null && props.pending !== a)}
                  aria-describedby={props.dirty ? 'service-state-dirty' : undefined}
                  loading={props.pending === a}
                  onClick={() => (a === 'archive' ? setConfirming(true) : props.onAction(a))}
                >
                  {label(a)}
                </Button>
              ))}
            </div>
          </>
        )}
        {props.feedback}
      </section>
      <Dialog open={confirming} onClose={() => setConfirming(false)} modal closeButton={t('contentServices.edit.cancel')} aria-labelledby="archive-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="archive-heading">{t('contentServices.state.archiveConfirmTitle')}</Heading>
        </Dialog.Block>
        <Dialog.Block className="samla-stack">
          <Paragraph>{t('contentServices.state.archiveConfirmText')}</Paragraph>
          <div className="samla-actions">
            <Button type="button" data-color="danger" onClick={() => { setConfirming(false); props.onAction('archive'); }}>
              {t('contentServices.state.archiveConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>{t('contentServices.edit.cancel')}</Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </Card>
  );
}
