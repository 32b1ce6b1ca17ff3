import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { writableEntryKinds, type CaseEntry } from '../../../contracts/cases.js';
import { useFormat } from '../../components/format.js';
import { useAddCorrection } from './api.js';
import { CaseErrorAlert, useCaseErrorText } from './case-errors.js';
import { hidesBody, useSystemEntryText } from './entry-text.js';
import { hasFieldProblems } from '../../components/errors.js';
import { ApiError } from '../../api/client.js';

const isWritten = (e: CaseEntry) => (writableEntryKinds as readonly string[]).includes(e.kind);

/** One dated entry of the log, with its corrections below it (entries are never edited in place). */
export function LogEntry(props: { entry: CaseEntry; caseId: string; mayCorrect: boolean; names: ReadonlyMap<string, string> }) {
  const { entry, caseId, mayCorrect } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const systemText = useSystemEntryText(props.names)(entry);
  const [correcting, setCorrecting] = useState(false);
  const correctButton = useRef<HTMLButtonElement>(null);
  const lastCorrection = useRef<HTMLLIElement>(null);
  const author = entry.author.name ?? (entry.author.kind === 'system' ? t('cases.log.system') : t('cases.log.unknownAuthor'));
  const authorKind = entry.author.kind === 'guardian' || entry.author.kind === 'young_person' ? t(`cases.log.authorKinds.${entry.author.kind}`) : null;

  return (
    <article className="samla-entry" aria-labelledby={`entry-${entry.id}`} data-kind={entry.kind}>
      <Heading level={3} data-size="xs" id={`entry-${entry.id}`}>
        {`${t(`cases.kinds.${entry.kind}`)} – ${format.date(entry.occurredOn)}`}
      </Heading>
      <Paragraph data-size="sm" className="samla-muted">
        {authorKind ? `${author} (${authorKind})` : author} · {t('cases.log.writtenAt', { dateTime: format.dateTime(entry.createdAt) })}
      </Paragraph>
      {systemText && <Paragraph>{systemText}</Paragraph>}
      {entry.body && !hidesBody(entry) && <Paragraph className="samla-entry__body">{entry.body}</Paragraph>}
      {entry.kind === 'meeting' && entry.attendees && (
        <dl className="samla-facts">
          <dt>{t('cases.log.attendees')}</dt>
          <dd className="samla-entry__body">{entry.attendees}</dd>
        </dl>
      )}
      {entry.corrections.length > 0 && (
        <ul className="samla-corrections">
          {entry.corrections.map((c, i) => (
            <li key={c.id} ref={i === entry.corrections.length - 1 ? lastCorrection : undefined} tabIndex={-1}>
              <Paragraph data-size="sm" className="samla-corrections__meta">
                {t('cases.log.corrected', { dateTime: format.dateTime(c.createdAt), name: c.author ?? t('cases.log.unknownAuthor') })}
              </Paragraph>
              <Paragraph className="samla-entry__body">{c.body}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {mayCorrect && isWritten(entry) && !correcting && (
        <div>
          <Button ref={correctButton} variant="tertiary" data-size="sm" onClick={() => setCorrecting(true)}>
            {t('cases.log.correct')}
          </Button>
        </div>
      )}
      {correcting && (
        <CorrectionForm
          caseId={caseId}
          entryId={entry.id}
          onCancel={() => {
            setCorrecting(false);
            requestAnimationFrame(() => correctButton.current?.focus());
          }}
          onSaved={() => {
            // The log has been refetched by now (useAddCorrection waits): focus the new correction.
            setCorrecting(false);
            requestAnimationFrame(() => lastCorrection.current?.focus());
          }}
        />
      )}
    </article>
  );
}

function CorrectionForm(props: { caseId: string; entryId: string; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const text = useCaseErrorText();
  const correction = useAddCorrection(props.caseId, props.entryId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const fieldError = correction.error instanceof ApiError ? correction.error.fields[0] : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    correction.mutate({ body }, { onSuccess: props.onSaved });
  };

  return (
    <form onSubmit={submit} noValidate className="samla-form samla-correction-form">
      {correction.isError && !hasFieldProblems(correction.error) && <CaseErrorAlert error={correction.error} caseId={props.caseId} />}
      <Textfield
        ref={field}
        multiline
        rows={3}
        label={t('cases.log.correctionLabel')}
        description={t('cases.log.correctionHelp')}
        required
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          setMissing(false);
        }}
        error={missing ? t('fieldErrors.required') : fieldError ? text.field(fieldError.code) : undefined}
      />
      <div className="samla-actions">
        <Button type="submit" data-size="sm" loading={correction.isPending}>{t('cases.log.saveCorrection')}</Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={props.onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
