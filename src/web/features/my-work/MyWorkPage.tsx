import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MyWorkResponse, MyWorkTask } from '../../../contracts/my-work.js';
import { api } from '../../api/client.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { useFormat } from '../../components/format.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useLevels } from '../../components/levels.js';
import { groupTasks, webPath, type TaskKind } from './tasks.js';

export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const session = useAuthenticatedSession();
  const staff = session?.kind === 'staff';
  const myWork = useQuery({ queryKey: ['my-work'], queryFn: () => api<MyWorkResponse>('/api/my-work'), enabled: staff });
  const format = useFormat();

  // Residents get their own home page (app/HomePage.tsx); this is the staff's.
  if (!staff) return null;

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('myWork.title')}</Heading>
      <div aria-live="polite" aria-busy={myWork.isPending}>
        {myWork.isPending && <Loading />}
        {myWork.isError && <ErrorAlert error={myWork.error} />}
      </div>
      {myWork.data && (
        <div className="samla-columns">
          {/* What waits for the user comes first; the units are for finding one's way. */}
          <section aria-labelledby="my-tasks-heading" className="samla-stack">
            <Heading level={2} data-size="md" id="my-tasks-heading">{t('myWork.tasks')}</Heading>
            <TaskGroups tasks={myWork.data.tasks} />
          </section>
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
        </div>
      )}
    </section>
  );
}

/**
 * The tasks by kind. A task carries no name or case text (see contracts/my-work.ts): its link
 * says what and where, with the date, so that links in a group differ from each other.
 */
function TaskGroups({ tasks }: { tasks: MyWorkTask[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = groupTasks(tasks);
  const { nameOf } = useLevels();
  if (groups.length === 0) return <Paragraph>{t('concerns.myWork.empty')}</Paragraph>;
  const label = (task: MyWorkTask, kind: TaskKind) => {
    const what = t(`concerns.myWork.labels.${kind}`, {
      unit: task.unitName, level: nameOf(task.level).name, child: task.child?.name ?? '', title: task.document?.title ?? '',
    });
    return task.dueDate ? `${what}, ${t(`concerns.myWork.due.${kind}`, { date: format.date(task.dueDate) })}` : what;
  };
  return groups.map((group) => (
    <section key={group.kind} aria-labelledby={`tasks-${group.kind}`} className="samla-stack">
      <Heading level={3} data-size="xs" id={`tasks-${group.kind}`}>{t(`concerns.myWork.groups.${group.kind}`)}</Heading>
      <ul className="samla-plain-list">
        {group.tasks.map((task) => (
          <li key={`${task.kind}-${task.id}`} className="samla-task">
            <Link asChild><RouterLink to={webPath(task.href)}>{label(task, group.kind)}</RouterLink></Link>
            {task.overdue && <Tag data-size="sm" data-color="danger">{t('concerns.myWork.overdue')}</Tag>}
          </li>
        ))}
      </ul>
    </section>
  ));
}
