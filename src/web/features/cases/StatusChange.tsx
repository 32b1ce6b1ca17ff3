import { useState } from 'react';
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PanelErrorAlert } from './panel-errors.js';

/**
 * Changing a goal's or a measure's status: a select and an explicit save (no change on select,
 * which would surprise keyboard and screen reader users). The row's version goes with it.
 */
export function StatusChange<S extends string>(props: {
  id: string;
  caseId: string;
  label: string;
  statuses: readonly S[];
  statusLabel: (s: S) => string;
  current: S;
  version: number;
  mutation: {
    mutate(v: { status: S; version: number }, o?: { onSuccess?: () => void }): void;
    isPending: boolean;
    isError: boolean;
    error: unknown;
  };
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<S>(props.current);
  const { mutation } = props;
  const save = () =>
    value !== props.current && mutation.mutate({ status: value, version: props.version }, { onSuccess: () => props.onDone(t('casePanels.plan.statusSaved')) });

  return (
    <div className="samla-stack">
      {mutation.isError && <PanelErrorAlert error={mutation.error} caseId={props.caseId} />}
      <div className="samla-filter">
        <Field>
          <Label htmlFor={props.id}>{props.label}</Label>
          <Select id={props.id} value={value} onChange={(e) => setValue(e.target.value as S)} data-size="sm">
            {props.statuses.map((s) => <Select.Option key={s} value={s}>{props.statusLabel(s)}</Select.Option>)}
          </Select>
        </Field>
        <Button type="button" variant="secondary" data-size="sm" onClick={save} loading={mutation.isPending}>
          {t('casePanels.plan.saveStatus')}
        </Button>
      </div>
    </div>
  );
}
