import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useUnit } from './api.js';

export function UnitDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const unit = useUnit(id);
  usePageTitle(unit.data?.name ?? t('units.detailTitle'));

  if (unit.isPending) return <Loading />;
  if (isNotFound(unit.error)) return <NotFoundOrNoAccess />;
  if (unit.isError) return <ErrorAlert error={unit.error} />;
  const u = unit.data;

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{u.name}</Heading>
      {u.archived && <Tag data-color="neutral">{t('units.archived')}</Tag>}
      <Card>
        <Card.Block>
          <dl className="samla-facts">
            <dt>{t('units.type')}</dt>
            <dd>{t(`unitTypes.${u.type}`)}</dd>
            <dt>{t('units.organisationNumber')}</dt>
            <dd>{u.organisationNumber ?? '–'}</dd>
          </dl>
        </Card.Block>
      </Card>
      <div className="samla-actions">
        <Button asChild variant="secondary">
          <RouterLink to={`/barn?enhet=${u.id}`}>{t('units.showChildren')}</RouterLink>
        </Button>
      </div>
    </section>
  );
}
