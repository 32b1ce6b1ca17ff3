import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentCase } from '../../../contracts/consents.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useResidentCases } from './api.js';
import { LevelName } from '../../components/LevelName.js';
import { osloDay } from '../../components/dates.js';

/**
 * «/» for a guardian or young person: the cases they may see, their children's first and then
 * their own, each leading to the case page where they read the log and the plan, write their
 * view and withdraw a consent they gave.
 */
export function ResidentHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('resident.title'));
  const cases = useResidentCases();
  const items = cases.data?.items ?? [];
  const children = items.filter((c) => c.reason === 'guardian');
  const own = items.filter((c) => c.reason === 'young_person');

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('resident.title')}</Heading>
      <Paragraph>{t('resident.intro')}</Paragraph>
      <Paragraph>{t('resident.introActions')}</Paragraph>
      <ListStatus query={cases} empty={items.length === 0} emptyText={t('resident.empty')} />
      {children.length > 0 && <CaseGroup id="child-cases-heading" title={t('resident.childrenHeading')} items={children} />}
      {own.length > 0 && <CaseGroup id="own-cases-heading" title={t('resident.ownHeading')} items={own} />}
    </section>
  );
}

function CaseGroup({ id, title, items }: { id: string; title: string; items: ResidentCase[] }) {
  return (
    <section aria-labelledby={id} className="samla-stack">
      <Heading level={2} data-size="md" id={id}>{title}</Heading>
      <ul className="samla-card-grid" aria-labelledby={id}>
        {items.map((c) => <li key={c.id}><CaseCard item={c} /></li>)}
      </ul>
    </section>
  );
}

function CaseCard({ item: c }: { item: ResidentCase }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card>
      <Card.Block>
        <Heading level={3} data-size="xs">
          <Link asChild><RouterLink to={`/saker/${c.id}`}>{`${c.child.givenName} ${c.child.familyName}`}</RouterLink></Link>
        </Heading>
        {/* The status in words, not only by colour. */}
        <Tag data-size="sm" data-color={c.status === 'open' ? 'info' : 'neutral'}>{t(`resident.status.${c.status}`)}</Tag>
        <ul className="samla-plain-list">
          <li><Paragraph data-size="sm">{t('resident.born', { date: format.date(c.child.birthDate) })}</Paragraph></li>
          <li><Paragraph data-size="sm"><LevelName level={c.level} names={c.levelNames} /></Paragraph></li>
          <li><Paragraph data-size="sm">{t('resident.unit', { unit: c.owningUnit.name, municipality: c.municipality })}</Paragraph></li>
          <li><Paragraph data-size="sm">{t('resident.openedAt', { date: format.date(osloDay(c.openedAt)) })}</Paragraph></li>
        </ul>
      </Card.Block>
    </Card>
  );
}
