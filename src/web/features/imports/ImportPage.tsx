import { useState, type FormEvent } from 'react';
import { Button, Field, Fieldset, Heading, Input, Label, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { AdminNav } from '../../components/AdminNav.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { importKinds, useImportJob, useStartImport, type ImportKind } from './api.js';
import { FileProblems, ImportProgress } from './ImportProgress.js';

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.import.title'));
  const [kind, setKind] = useState<ImportKind>('units');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId);
  const running = start.isPending || job.data?.status === 'running';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFileError(t('admin.import.chooseFile'));
      return;
    }
    setFileError(null);
    setJobId(null);
    const csv = await file.text();
    start.mutate({ kind, csv }, { onSuccess: (started) => setJobId(started.id) });
  };

  return (
    <section className="samla-page">
      <AdminNav />
      <Heading level={1} data-size="lg">{t('admin.import.title')}</Heading>
      <Paragraph>{t('admin.import.intro')}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate className="samla-form">
        <Fieldset>
          <Fieldset.Legend>{t('admin.import.kind')}</Fieldset.Legend>
          {importKinds.map((k) => (
            <Radio
              key={k}
              name="kind"
              value={k}
              label={t(`admin.import.kinds.${k}`)}
              description={t(`admin.import.columns.${k}`)}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
          ))}
        </Fieldset>
        <Field>
          <Label>{t('admin.import.file')}</Label>
          <Input
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
        </Field>
        <div className="samla-actions">
          <Button type="submit" loading={start.isPending} aria-disabled={running || undefined} disabled={running}>
            {t('admin.import.start')}
          </Button>
        </div>
      </form>
      {start.isError && <ErrorAlert error={start.error} />}
      {start.error instanceof ApiError && start.error.fields.length > 0 && <FileProblems problems={start.error.fields} />}
      {job.isError && <ErrorAlert error={job.error} />}
      {job.data && <ImportProgress job={job.data} />}
    </section>
  );
}
