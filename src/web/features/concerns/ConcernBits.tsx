import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ConcernSummary } from '../../../contracts/concerns.js';
import { useFormat } from '../../components/format.js';
import { scaleKeys } from './labels.js';

export function ScaleText({ value }: { value: number }) {
  const { t } = useTranslation();
  return <>{t('concerns.scale.value', { value, label: t(scaleKeys(value).label) })}</>;
}

const statusColor = { open: 'info', closed: 'neutral', case_opened: 'success', reported: 'warning' } as const;

/** With the decision known (the concern page): an open concern decided «report» has its report being written. */
export function StatusTag({ status, writingReport = false }: { status: ConcernSummary['status']; writingReport?: boolean }) {
  const { t } = useTranslation();
  if (status === 'open' && writingReport) return <Tag data-size="sm" data-color="warning">{t('concerns.status.reportDraft')}</Tag>;
  return <Tag data-size="sm" data-color={statusColor[status]}>{t(`concerns.status.${status}`)}</Tag>;
}

/** A deadline; a passed one says so in words, not only in colour. */
export function DueDate({ date, overdue }: { date: string; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="samla-due">
      <span>{format.date(date)}</span>
      {overdue && <Tag data-size="sm" data-color="danger">{t('concerns.overdue')}</Tag>}
    </span>
  );
}
