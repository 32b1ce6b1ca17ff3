import { useState, type Ref } from 'react';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { useFormat } from '../../components/format.js';
import { CloseDialog, ReopenDialog } from './CloseReopenDialogs.js';
import { decidesOnCase, isResident, mayReopen, writesAsStaff } from './case-roles.js';
import { osloDay } from '../../components/dates.js';
import { LevelDialog } from './LevelDialog.js';
import { LevelName } from '../../components/LevelName.js';
import { HideFromResidents, ResidentRestriction } from './ResidentRestriction.js';

type OpenDialog = 'level' | 'close' | 'reopen' | null;

/** Who the case is about and where it stands; the level and status controls for staff who write. */
export function CaseHeader({ caseDetail: c, onDone, headingRef }: {
  caseDetail: CaseDetail;
  onDone: (text: string) => void;
  /** focused when the user arrives from opening the case */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = () => setDialog(null);
  const closed = c.status === 'closed';

  return (
    <header className="samla-stack">
      <div>
        <Paragraph data-size="sm" className="samla-muted">{t('cases.title')}</Paragraph>
        <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1}>{`${c.child.givenName} ${c.child.familyName}`}</Heading>
      </div>
      <div className="samla-actions">
        <Tag data-color="info" data-size="md"><LevelName level={c.level} names={c.levelNames} short /></Tag>
        <Tag data-color={closed ? 'neutral' : 'success'} data-size="md">{t(`cases.statuses.${c.status}`)}</Tag>
      </div>
      <Card>
        <Card.Block>
          {/* Pairs in <div>s (valid in a <dl>) so that they flow into columns on wide screens. */}
          <dl className="samla-case-facts">
            <div><dt>{t('cases.born')}</dt><dd>{format.date(c.child.birthDate)}</dd></div>
            <div><dt>{t('cases.level')}</dt><dd><LevelName level={c.level} names={c.levelNames} /></dd></div>
            <div><dt>{t('cases.status')}</dt><dd>{t(`cases.statuses.${c.status}`)}</dd></div>
            <div><dt>{t('cases.owningUnit')}</dt><dd>{c.owningUnit.name}</dd></div>
            <div>
              <dt>{t('cases.holder')}</dt>
              <dd>{c.holderFunction ? t('cases.holderWithFunction', { name: c.holder.name, function: t(`admin.staff.staffFunctions.${c.holderFunction}`) }) : c.holder.name}</dd>
            </div>
            <div><dt>{t('cases.openedAt')}</dt><dd>{format.date(osloDay(c.openedAt))}</dd></div>
            <div><dt>{t('cases.myAccess')}</dt><dd>{t(`cases.accessReasons.${c.myAccess.reason}`)}</dd></div>
          </dl>
        </Card.Block>
      </Card>

      {!isResident(c) && <ResidentRestriction caseDetail={c} onDone={onDone} />}
      {c.consentWarning && !closed && (
        <Alert data-color="warning">
          <Paragraph>{t('cases.access.consentWarning', { date: format.date(c.consentWarning.expiresOn) })}</Paragraph>
        </Alert>
      )}
      {closed && (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">{t('cases.closedNotice.title')}</Heading>
          <Paragraph>
            {t('cases.closedNotice.text', {
              date: c.closedAt ? format.date(osloDay(c.closedAt)) : '–',
              reason: c.closeReason ? t(`cases.closeReasons.${c.closeReason}`) : '–',
            })}
          </Paragraph>
          {mayReopen(c) && <Paragraph>{t('cases.closedNotice.reopenHint')}</Paragraph>}
        </Alert>
      )}
      {!closed && !c.myAccess.write && <Paragraph>{t('cases.readOnly')}</Paragraph>}

      {!closed && writesAsStaff(c) && !decidesOnCase(c) && <Paragraph>{t('cases.proposeInLog')}</Paragraph>}
      {(writesAsStaff(c) || mayReopen(c)) && !isResident(c) && (
        <div className="samla-actions">
          {decidesOnCase(c) && !closed && (
            <>
              <Button variant="secondary" onClick={() => setDialog('level')}>{t('cases.actions.changeLevel')}</Button>
              <Button variant="secondary" onClick={() => setDialog('close')}>{t('cases.actions.close')}</Button>
            </>
          )}
          {writesAsStaff(c) && <HideFromResidents caseDetail={c} onDone={onDone} />}
          {mayReopen(c) && <Button variant="secondary" onClick={() => setDialog('reopen')}>{t('cases.actions.reopen')}</Button>}
        </div>
      )}
      {decidesOnCase(c) && !closed && (
        <>
          <LevelDialog caseDetail={c} open={dialog === 'level'} onClose={closeDialog} onDone={onDone} />
          <CloseDialog caseDetail={c} open={dialog === 'close'} onClose={closeDialog} onDone={onDone} />
        </>
      )}
      {mayReopen(c) && <ReopenDialog caseDetail={c} open={dialog === 'reopen'} onClose={closeDialog} onDone={onDone} />}
    </header>
  );
}
