import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MyWorkResponse } from '../../../contracts/my-work.js';
import { api } from '../../api/client.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { useFormat } from '../../components/format.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { nb } from '../../i18n/nb.js';

type TaskKind = keyof typeof nb.myWork.taskKinds;
const isTaskKind = (kind: string): kind is TaskKind => Object.hasOwn(nb.myWork.taskKinds, kind);

export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const session = useAuthenticatedSession();
  const staff = session?.kind === 'staff';
  const myWork = useQuery({ queryKey: ['my-work'], queryFn: () => api<MyWorkResponse>('/api/my-work'), enabled: staff });
  const format = useFormat();
  // A kind the server sends before it has a text here is shown as its code rather than dropped.
  const taskLabel = (kind: string) => (isTaskKind(kind) ? t(`myWork.taskKinds.${kind}`) : kind);

  if (!staff) {
    return (
      <section className="samla-page">
        <Heading level={1} data-size="lg">{t('myWork.residentTitle')}</Heading>
        <Paragraph>{t('myWork.residentText')}</Paragraph>
      </section>
    );
  }

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('myWork.title')}</Heading>
      <div aria-live="polite" aria-busy={myWork.isPending}>
        {myWork.isPending && <Loading />}
        {myWork.isError && <ErrorAlert error={myWork.error} />}
      </div>
      {myWork.data && (
        <div className="samla-columns">
          <section aria-labelledby="my-units-heading" className="samla-stack">
            <Heading level={2} data-size="md" id="my-units-heading">{t('myWork.units')}</Heading>
            {myWork.data.units.length === 0 ? (
              <Paragraph>{t('myWork.noUnits')}</Paragraph>
            ) : (
              <ul className="samla-card-grid">
                {myWork.data.units.map((unit) => (
                  <li key={unit.id}>
                    <Card>
                      <Card.Block>
                        <Heading level={3} data-size="xs">
                          <Link asChild><RouterLink to={`/enheter/${unit.id}`}>{unit.name}</RouterLink></Link>
                        </Heading>
                        <Paragraph data-size="sm">
                          {t(`unitTypes.${unit.type}`)} · {unit.roles.map((r) => t(`unitRoles.${r}`)).join(', ')}
                        </Paragraph>
                        <Paragraph data-size="sm">
                          {t('myWork.enrolled', { count: unit.enrolledChildren, formatted: format.number(unit.enrolledChildren) })}
                        </Paragraph>
                      </Card.Block>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="my-tasks-heading" className="samla-stack">
            <Heading level={2} data-size="md" id="my-tasks-heading">{t('myWork.tasks')}</Heading>
            {myWork.data.tasks.length === 0 ? (
              <Paragraph>{t('myWork.noTasks')}</Paragraph>
            ) : (
              <ul className="samla-plain-list">
                {myWork.data.tasks.map((task) => (
                  <li key={`${task.kind}-${task.href}`}>
                    <Link asChild><RouterLink to={task.href}>{taskLabel(task.kind)}</RouterLink></Link>
                    {task.dueDate && <Paragraph data-size="sm">{t('myWork.due', { date: format.date(task.dueDate) })}</Paragraph>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
