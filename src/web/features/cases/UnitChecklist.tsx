import { useId, useState } from 'react';
import { Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../contracts/organisation.js';

/**
 * Choosing the services a consent covers among all the municipality's units: a filter narrows
 * the checkboxes, and the chosen ones stay listed first whatever the filter says.
 */
export function UnitChecklist(props: { units: Unit[]; selected: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const countId = useId();
  const needle = filter.trim().toLocaleLowerCase('nb');
  const chosen = props.units.filter((u) => props.selected.includes(u.id));
  const others = props.units.filter(
    (u) => !props.selected.includes(u.id) && (!needle || u.name.toLocaleLowerCase('nb').includes(needle) || t(`unitTypes.${u.type}`).toLocaleLowerCase('nb').includes(needle)),
  );
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.selected, id] : props.selected.filter((x) => x !== id));

  return (
    <Fieldset>
      <Fieldset.Legend>{t('casePanels.consent.servicesLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('casePanels.consent.servicesHelp')}</Fieldset.Description>
      <Textfield
        label={t('casePanels.consent.servicesFilter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoComplete="off"
        aria-describedby={countId}
        data-size="sm"
      />
      <Paragraph id={countId} data-size="sm" aria-live="polite">
        {t('casePanels.consent.servicesSelected', { count: props.selected.length })}
      </Paragraph>
      <div className="samla-unit-checklist">
        {[...chosen, ...others].map((u) => (
          <Checkbox
            key={u.id}
            value={u.id}
            checked={props.selected.includes(u.id)}
            onChange={(e) => toggle(u.id, e.target.checked)}
            label={`${u.name} (${t(`unitTypes.${u.type}`)})`}
            aria-invalid={props.error ? true : undefined}
          />
        ))}
        {others.length === 0 && needle && <Paragraph data-size="sm">{t('casePanels.consent.servicesNoMatch')}</Paragraph>}
      </div>
      {props.error && <ValidationMessage>{props.error}</ValidationMessage>}
    </Fieldset>
  );
}
