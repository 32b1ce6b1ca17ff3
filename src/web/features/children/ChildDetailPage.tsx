import { Button, Card, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { nb } from '../../i18n/nb.js';
import { AddressText } from './AddressText.js';
import { useChild } from './api.js';
import { NationalId } from './NationalId.js';
import { ChildWorkSection } from './ChildWorkSection.js';
import { TableScroll } from '../../components/TableScroll.js';

type IdType = keyof typeof nb.children.idTypes;
const isIdType = (v: string): v is IdType => Object.hasOwn(nb.children.idTypes, v);

export function ChildDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const child = useChild(id);
  // The title stays generic: browser history and tab titles should not carry the child's name.
  usePageTitle(t('children.detailTitle'));

  if (child.isPending) return <Loading />;
  if (isNotFound(child.error)) return <NotFoundOrNoAccess />;
  if (child.isError) return <ErrorAlert error={child.error} />;
  const c = child.data;

  return (
    <section className="samla-page">
      <Link asChild><RouterLink to="/barn">{t('children.backToSearch')}</RouterLink></Link>
      <Heading level={1} data-size="lg">{`${c.givenName} ${c.familyName}`}</Heading>
      <div className="samla-actions">
        <Button asChild variant="secondary"><RouterLink to={`/barn/${c.id}/ny-bekymring`}>{t('concerns.new.link')}</RouterLink></Button>
        <Button asChild variant="secondary"><RouterLink to={`/barn/${c.id}/ny-sak`}>{t('cases.openCase.link')}</RouterLink></Button>
      </div>
      <Card>
        <Card.Block>
          <dl className="samla-facts">
            <dt>{isIdType(c.idType) ? t(`children.idTypes.${c.idType}`) : t('children.idTypes.fnr')}</dt>
            <dd><NationalId value={c.nationalId} /></dd>
            <dt>{t('children.birthDate')}</dt>
            <dd>{format.date(c.birthDate)}</dd>
            <dt>{t('children.address')}</dt>
            <dd><AddressText address={c.address} /></dd>
          </dl>
        </Card.Block>
      </Card>

      <ChildWorkSection childId={c.id} />

      <section aria-labelledby="enrolments-heading" className="samla-stack">
        <Heading level={2} data-size="md" id="enrolments-heading">{t('children.enrolments')}</Heading>
        {c.enrolments.length === 0 ? (
          <Paragraph>{t('children.noEnrolments')}</Paragraph>
        ) : (
          <TableScroll labelledBy="enrolments-heading">
            <Table border>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('children.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('children.group')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('children.from')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('children.to')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {c.enrolments.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>
                      <Link asChild><RouterLink to={`/enheter/${e.unit.id}`}>{e.unit.name}</RouterLink></Link>
                      <br />
                      <span className="samla-muted">{t(`unitTypes.${e.unit.type}`)}</span>
                    </Table.Cell>
                    <Table.Cell>{e.groupName ?? '–'}</Table.Cell>
                    <Table.Cell>{format.date(e.fromDate)}</Table.Cell>
                    <Table.Cell>{e.toDate ? format.date(e.toDate) : '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="guardians-heading" className="samla-stack">
        <Heading level={2} data-size="md" id="guardians-heading">{t('children.guardians')}</Heading>
        {c.guardians.length === 0 ? (
          <Paragraph>{t('children.noGuardians')}</Paragraph>
        ) : (
          <ul className="samla-card-grid">
            {c.guardians.map((g) => (
              <li key={g.id}>
                <Card>
                  <Card.Block>
                    <Heading level={3} data-size="xs">{g.name}</Heading>
                    <Paragraph data-size="sm">{t(`children.relations.${g.relation}`)}</Paragraph>
                    <Tag data-color={g.parentalResponsibility ? 'success' : 'neutral'} data-size="sm">
                      {g.parentalResponsibility ? t('children.hasResponsibility') : t('children.noResponsibility')}
                    </Tag>
                    <dl className="samla-facts">
                      <dt>{t('children.phone')}</dt>
                      <dd>{g.phone ?? '–'}</dd>
                      <dt>{t('children.email')}</dt>
                      <dd>{g.email ?? '–'}</dd>
                      <dt>{t('children.address')}</dt>
                      <dd><AddressText address={g.address} /></dd>
                    </dl>
                  </Card.Block>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
