import { Alert, Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../contracts/organisation.js';
import type { FieldProblem } from '../../api/client.js';
import { useErrorText } from '../../components/errors.js';
import { nb } from '../../i18n/nb.js';
import { TableScroll } from '../../components/TableScroll.js';

type RejectionCode = keyof typeof nb.admin.import.codes;
const isRejectionCode = (c: string): c is RejectionCode => Object.hasOwn(nb.admin.import.codes, c);

export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const reason = (code: string) => (isRejectionCode(code) ? t(`admin.import.codes.${code}`) : text.field(code));

  return (
    <section aria-labelledby="import-status-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="import-status-heading">{t('admin.import.statusTitle')}</Heading>
      <div className="samla-progress">
        <label htmlFor="import-progress">{t('admin.import.progress', { processed: job.processedRows, total: job.totalRows })}</label>
        <progress id="import-progress" max={Math.max(job.totalRows, 1)} value={job.processedRows} />
      </div>
      {/* Announced once per state change, not on every poll. */}
      <div aria-live="polite">
        {job.status === 'running' && <Paragraph>{t('admin.import.running')}</Paragraph>}
        {job.status === 'done' && (
          <Alert data-color={job.rejectedRows > 0 ? 'warning' : 'success'}>
            <Paragraph>{t('admin.import.done', { accepted: job.acceptedRows, rejected: job.rejectedRows })}</Paragraph>
          </Alert>
        )}
        {job.status === 'failed' && (
          <Alert data-color="danger"><Paragraph>{t('admin.import.failed')}</Paragraph></Alert>
        )}
      </div>
      {job.status !== 'running' && job.rejected.length > 0 && (
        <TableScroll label={t('admin.import.rejectedTitle')}>
          <Table border zebra>
            <caption>{t('admin.import.rejectedTitle')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('admin.import.row')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.import.field')}</Table.HeaderCell>
                <Table.HeaderCell>{t('admin.import.reason')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {job.rejected.map((r, i) => (
                <Table.Row key={`${r.row}-${r.field}-${i}`}>
                  <Table.Cell>{r.row}</Table.Cell>
                  <Table.Cell>{r.field}</Table.Cell>
                  <Table.Cell>{reason(r.code)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** Problems with the file as a whole (`header.<column>`, `row.<line>`), found before any row was imported. */
export function FileProblems({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const where = (path: string) => {
    const [kind, rest = ''] = path.split('.', 2);
    if (kind === 'row') return t('admin.import.line', { line: rest });
    if (kind === 'header') return t('admin.import.column', { column: rest });
    return path;
  };
  return (
    <section aria-labelledby="file-problems-heading" className="samla-stack">
      <Heading level={2} data-size="sm" id="file-problems-heading">{t('admin.import.fileProblems')}</Heading>
      <List.Unordered>
        {problems.map((p, i) => (
          <List.Item key={`${p.path}-${i}`}>{`${where(p.path)}: ${text.field(p.code)}`}</List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
