import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { ReportDetail } from '../../../contracts/reports.js';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { reportBase, useReloadReport, useReport, useSaveReport } from './api.js';
import { ReportErrorAlert, useReportErrorText } from './errors.js';
import { MissingList } from './MissingList.js';
import { toContent, toForm, type ReportFormValues } from './report-form.js';
import { ReportFacts } from './ReportFacts.js';
import { ReportFields } from './ReportForm.js';
import { SendReport } from './SendReport.js';

/** /bekymringsmeldinger/:id — a report of concern to child welfare: write, save, download, mark as sent. */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useReport(id);
  usePageTitle(t('casePanels.report.page.title'));

  if (report.isPending) return <Loading />;
  if (isNotFound(report.error)) return <NotFoundOrNoAccess />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  return <ReportEditor report={report.data} />;
}

function ReportEditor({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveReport(report.id);
  const reload = useReloadReport(report.id);
  const text = useReportErrorText();
  const form = useForm<ReportFormValues>({ defaultValues: toForm(report.content) });
  const { handleSubmit, reset, setError, formState: { isDirty } } = form;
  const [notice, setNotice] = useState<{ text: string; stamp: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const readOnly = !report.editable;
  const k = 'casePanels.report.page' as const;

  // A new version from the server (saved, reloaded, sent) replaces what the form shows.
  // Not on every refetch: a refetch of the same version must not throw away unsaved typing.
  const content = useRef(report.content);
  content.current = report.content;
  useEffect(() => {
    reset(toForm(content.current));
  }, [report.version, report.status, reset]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const done = (message: string) => setNotice((n) => ({ text: message, stamp: (n?.stamp ?? 0) + 1 }));

  const onSubmit = handleSubmit((values) => {
    save.mutate({ content: toContent(values), version: report.version }, {
      onSuccess: () => done(t(`${k}.saved`)),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const f of error.fields) {
          const name = f.path.replace(/^(body\.)?content\./, '');
          // Only leaves of the form get a message beside them; the rest show in the alert.
          if (name !== f.path) setError(name as Path<ReportFormValues>, { type: 'server', message: text.field(f.code) });
        }
      },
    });
  });

  return (
    <section className="samla-page samla-report">
      <Link asChild>
        <RouterLink to={report.source.kind === 'case' ? `/saker/${report.source.id}` : `/bekymringer/${report.source.id}`}>
          {t(`${k}.toSource.${report.source.kind}`)}
        </RouterLink>
      </Link>
      <Heading level={1} data-size="lg">{t(`${k}.title`)}</Heading>
      <div>
        <Tag data-color={report.status === 'sent' ? 'success' : 'neutral'}>
          {report.status === 'sent' && report.sentAt ? t(`${k}.sent`, { date: format.dateTime(report.sentAt) }) : t(`${k}.draft`)}
        </Tag>
      </div>
      {report.status === 'sent' && <Paragraph>{t(`${k}.sentReadOnly`)}</Paragraph>}
      {report.status === 'draft' && readOnly && <Paragraph>{t(`${k}.readOnly`)}</Paragraph>}
      <div aria-live="polite">
        {notice && (
          <Alert ref={noticeRef} key={notice.stamp} data-color="success" tabIndex={-1}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      <ReportFacts report={report} />
      {report.status === 'draft' && report.missing.length > 0 && <MissingList missing={report.missing} />}
      <form onSubmit={onSubmit} noValidate className="samla-form samla-report-form">
        <ReportFields form={form} readOnly={readOnly} />
        {/* Beside the button the user just pressed, at the end of a long form. */}
        {save.isError && <ReportErrorAlert error={save.error} onReload={() => void reload()} />}
        {!readOnly && (
          <div className="samla-actions">
            <Button type="submit" loading={save.isPending}>{t(`${k}.save`)}</Button>
            {isDirty && <Paragraph data-size="sm">{t(`${k}.unsaved`)}</Paragraph>}
          </div>
        )}
      </form>
      <section aria-labelledby="downloads-heading" className="samla-stack">
        <Heading level={2} data-size="sm" id="downloads-heading">{t(`${k}.downloads`)}</Heading>
        {isDirty && !readOnly && <Paragraph data-size="sm">{t(`${k}.unsaved`)}</Paragraph>}
        <div className="samla-actions">
          {report.missing.length === 0 ? (
            <Button asChild variant="secondary">
              <a href={`${reportBase(report.id)}/fiks.json`} download>{t(`${k}.json`)}</a>
            </Button>
          ) : (
            <Paragraph data-size="sm">{t(`${k}.jsonUnavailable`)}</Paragraph>
          )}
          <Button asChild variant="secondary">
            <a href={`${reportBase(report.id)}/pdf`} download>{t(`${k}.pdf`)}</a>
          </Button>
        </div>
      </section>
      {report.editable && report.status === 'draft' && report.missing.length === 0 && !isDirty && (
        <SendReport id={report.id} version={report.version} onSent={() => done(t(`${k}.markedSent`))} />
      )}
    </section>
  );
}

