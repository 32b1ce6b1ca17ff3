import { Alert, Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../contracts/reports.js';
import { useReportErrorText } from './errors.js';
import { fieldId } from './report-form.js';

/** Labels of the fields the server may name as missing, by their path under content. */
const LABELS = {
  'reporter.name': 'reporterName',
  'reporter.role': 'reporterRole',
  'reporter.phone': 'phone',
  'reporter.email': 'email',
  'unit.name': 'unitName',
  'unit.address.line1': 'unitAddress',
  'child.informed': 'informed',
  'child.notInformedReason': 'notInformedReason',
  guardians: 'guardiansTitle',
  message: 'message',
  history: 'history',
  'guardians.name': 'guardianName',
  'guardians.informed': 'guardianInformed',
  'guardians.notInformedReason': 'notInformedReason',
} as const;
type LabelPath = keyof typeof LABELS;
const isLabelPath = (p: string): p is LabelPath => Object.hasOwn(LABELS, p);

/** What must be filled before export and sending, each a link to its field. */
export function MissingList({ missing }: { missing: ReportDetail['missing'] }) {
  const { t } = useTranslation();
  const text = useReportErrorText();
  const k = 'casePanels.report.page' as const;

  const label = (path: string): string => {
    const inner = path.replace(/^content\./, '');
    const guardian = /^guardians\.(\d+)\.(.+)$/.exec(inner);
    const key = guardian ? `guardians.${guardian[2]}` : inner;
    const name = isLabelPath(key) ? t(`${k}.${LABELS[key]}`) : t(`${k}.missingField`);
    const section = inner.startsWith('reporter.') ? t(`${k}.reporterTitle`)
      : inner.startsWith('unit.') ? t(`${k}.unitTitle`)
      : inner.startsWith('child.') ? t(`${k}.childTitle`)
      : guardian ? t(`${k}.guardian`, { number: Number(guardian[1]) + 1 }) : null;
    return section ? `${section}: ${name}` : name;
  };

  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">{t(`${k}.missingTitle`)}</Heading>
      <ul>
        {missing.map((m) => (
          <li key={m.path}>
            <Link href={`#${fieldId(m.path)}`}>{label(m.path)}</Link>
            {m.code !== 'required' && ` – ${text.field(m.code)}`}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
