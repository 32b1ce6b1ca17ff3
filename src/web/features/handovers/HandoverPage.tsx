import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { IncomingHandover } from '../../../contracts/handovers.js';
import { ApiError } from '../../api/client.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { BATON_TAKEN_STATE } from '../../components/case-arrival.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { nb } from '../../i18n/nb.js';
import { LevelName } from '../../components/LevelName.js';
import { useAnswerHandover, useHandover } from './api.js';

const statusColour = { pending: 'warning', accepted: 'success', declined: 'neutral', cancelled: 'neutral' } as const;

/** /overleveringer/:id — the receiver of a handover request accepts (and goes to the case) or declines with a note. */
export function HandoverPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const handover = useHandover(id);
  usePageTitle(t('casePanels.handover.page.title'));

  if (handover.isPending) return <Loading />;
  if (isNotFound(handover.error)) return <NotFoundOrNoAccess />;
  if (handover.isError) return <ErrorAlert error={handover.error} />;
  return <HandoverAnswer handover={handover.data} />;
}

function HandoverAnswer({ handover: h }: { handover: IncomingHandover }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useAuthenticatedSession()?.user?.id;
  const accept = useAnswerHandover(h.id, 'accept');
  const decline = useAnswerHandover(h.id, 'decline');
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const [declined, setDeclined] = useState(false);
  const declinedRef = useRef<HTMLDivElement>(null);
  const k = 'casePanels.handover.page' as const;
  const mayAnswer = h.status === 'pending' && h.to.id === me && !declined;
  const failed = accept.error ?? decline.error;

  const declineButton = useRef<HTMLButtonElement>(null);
  const cancelledDecline = useRef(false);
  useEffect(() => {
    if (declined) declinedRef.current?.focus();
  }, [declined]);
  useEffect(() => {
    if (!declining && cancelledDecline.current) declineButton.current?.focus();
  }, [declining]);

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t(`${k}.title`)}</Heading>
      <div>
        <Tag data-color={statusColour[h.status]}>{t(`${k}.status.${h.status}`)}</Tag>
      </div>
      <Paragraph>
        {h.to.id === me ? t(`${k}.intro`, { from: h.from.name }) : t(`${k}.introOther`, { from: h.from.name, to: h.to.name })}
      </Paragraph>
      <Card>
        <Card.Block>
          <dl className="samla-facts">
            <dt>{t(`${k}.child`)}</dt>
            <dd>{`${h.case.child.givenName} ${h.case.child.familyName}`}</dd>
            <dt>{t(`${k}.birthDate`)}</dt>
            <dd>{format.date(h.case.child.birthDate)}</dd>
            <dt>{t(`${k}.owningUnit`)}</dt>
            <dd>{h.case.owningUnit.name}</dd>
            <dt>{t(`${k}.level`)}</dt>
            <dd><LevelName level={h.case.level} short /></dd>
            {h.toUnit && (
              <>
                <dt>{t('casePanels.handover.movesTo')}</dt>
                <dd>{h.toUnit.name}</dd>
              </>
            )}
            {h.keepsAccess.length > 0 && (
              <>
                <dt>{t('casePanels.handover.keepsAccess')}</dt>
                <dd>{h.keepsAccess.map((p) => p.name).join(', ')}</dd>
              </>
            )}
            {h.reassignedMeasures > 0 && (
              <>
                <dt>{t('casePanels.handover.reassigned')}</dt>
                <dd>{t('casePanels.handover.reassignedCount', { count: h.reassignedMeasures })}</dd>
              </>
            )}
            <dt>{t('casePanels.handover.requestedAt')}</dt>
            <dd>{format.dateTime(h.createdAt)}</dd>
            {h.message && (
              <>
                <dt>{t('casePanels.handover.message')}</dt>
                <dd className="samla-prewrap">{h.message}</dd>
              </>
            )}
            {h.answerNote && (
              <>
                <dt>{t('casePanels.handover.answerNote')}</dt>
                <dd className="samla-prewrap">{h.answerNote}</dd>
              </>
            )}
          </dl>
        </Card.Block>
      </Card>
      {failed && <AnswerError error={failed} />}
      {declined && (
        <Alert ref={declinedRef} data-color="success" tabIndex={-1} role="status">
          <Paragraph>{t(`${k}.declined`)}</Paragraph>
        </Alert>
      )}
      {mayAnswer && !declining && (
        <div className="samla-actions">
          <Button type="button" loading={accept.isPending} onClick={() => accept.mutate({}, { onSuccess: () => navigate(`/saker/${h.caseId}`, { state: BATON_TAKEN_STATE }) })}>
            {t(`${k}.accept`)}
          </Button>
          <Button ref={declineButton} type="button" variant="secondary" onClick={() => setDeclining(true)}>{t(`${k}.decline`)}</Button>
        </div>
      )}
      {mayAnswer && declining && (
        <form
          className="samla-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate({ note: note.trim() || undefined }, { onSuccess: () => setDeclined(true) });
          }}
        >
          <Textfield multiline rows={3} autoFocus label={t(`${k}.declineNote`)} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="samla-actions">
            <Button type="submit" data-color="danger" loading={decline.isPending}>{t(`${k}.declineConfirm`)}</Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                cancelledDecline.current = true;
                setDeclining(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {!mayAnswer && !declined && h.status !== 'pending' && <Paragraph>{t(`${k}.notForYou`)}</Paragraph>}
      <div className="samla-actions">
        {(h.status === 'accepted' || h.from.id === me) && (
          <Link asChild><RouterLink to={`/saker/${h.caseId}`}>{t(`${k}.toCase`)}</RouterLink></Link>
        )}
        <Link asChild><RouterLink to="/">{t(`${k}.toMyWork`)}</RouterLink></Link>
      </div>
    </section>
  );
}

type PanelErrorCode = keyof typeof nb.casePanels.common.errors;
const isPanelErrorCode = (code: string): code is PanelErrorCode => Object.hasOwn(nb.casePanels.common.errors, code);

/** The handover's own codes (already answered, case closed), then the app-wide ones. */
function AnswerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || !isPanelErrorCode(error.code)) return <ErrorAlert error={error} />;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(`casePanels.common.errors.${error.code}`)}</Paragraph>
    </Alert>
  );
}
