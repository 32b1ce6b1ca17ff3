import { useState } from 'react';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../contracts/reports.js';
import { useFormat } from '../../components/format.js';

/**
 * What the report takes from the registry and the municipality, not editable here. A protected
 * address arrives as its protection level only, and is said to be left out.
 */
export function ReportFacts({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showId, setShowId] = useState(false);
  const k = 'casePanels.report.page' as const;
  const a = report.child.address;

  return (
    <div className="samla-columns">
      <Card>
        <Card.Block className="samla-stack">
          <Heading level={2} data-size="sm">{t(`${k}.about`)}</Heading>
          <dl className="samla-facts">
            <dt>{t(`${k}.childName`)}</dt>
            <dd>{report.child.name}</dd>
            <dt>{t(`${k}.nationalId`)}</dt>
            <dd className="samla-national-id">
              {showId ? <span className="samla-mono">{report.child.nationalId}</span> : <span>{t(`${k}.hidden`)}</span>}
              <Button type="button" variant="tertiary" data-size="sm" aria-pressed={showId} onClick={() => setShowId((s) => !s)}>
                {showId ? t(`${k}.hideNationalId`) : t(`${k}.showNationalId`)}
              </Button>
            </dd>
            <dt>{t(`${k}.birthDate`)}</dt>
            <dd>{format.date(report.child.birthDate)}</dd>
            <dt>{t(`${k}.address`)}</dt>
            <dd>
              {a.protection === 'none'
                ? [a.streetAddress, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || t(`${k}.noAddress`)
                : <Paragraph data-size="sm">{t(`${k}.protectedAddress.${a.protection}`)}</Paragraph>}
            </dd>
          </dl>
        </Card.Block>
      </Card>
      <Card>
        <Card.Block className="samla-stack">
          <Heading level={2} data-size="sm">{t(`${k}.recipient`)}</Heading>
          <dl className="samla-facts">
            <dt>{t(`${k}.municipality`)}</dt>
            <dd>{`${report.municipality.number} ${report.municipality.name}`}</dd>
            <dt>{t(`${k}.district`)}</dt>
            <dd>{`${report.municipality.districtNumber} ${report.municipality.districtName}`.trim() || '–'}</dd>
            <dt>{t(`${k}.deliveryChannel`)}</dt>
            <dd>{report.deliveryChannel}</dd>
            <dt>{t(`${k}.author`)}</dt>
            <dd>{`${report.author.name}, ${format.dateTime(report.createdAt)}`}</dd>
          </dl>
        </Card.Block>
      </Card>
    </div>
  );
}
