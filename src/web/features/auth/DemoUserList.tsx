import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { useDemoLogin, useDemoUsers, type DemoUser } from './api.js';
import { DemoResidentList } from './DemoResidentList.js';

export function DemoUserList({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const users = useDemoUsers(true);
  const login = useDemoLogin();

  return (
    <section aria-labelledby="demo-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="demo-heading">{t('login.demo.title')}</Heading>
      <Alert data-color="warning">
        <Paragraph>{t('login.demo.warning')}</Paragraph>
      </Alert>
      {users.isPending && <Loading />}
      {users.isError && <ErrorAlert error={users.error} />}
      {login.isError && <ErrorAlert error={login.error} />}
      {users.data && users.data.items.length === 0 && <Paragraph>{t('login.demo.empty')}</Paragraph>}
      {users.data && users.data.items.length > 0 && (
        <Heading level={3} data-size="sm" id="demo-staff-heading">{t('resident.demo.staff')}</Heading>
      )}
      {users.data && users.data.items.length > 0 && (
        <ul className="samla-card-grid" aria-labelledby="demo-staff-heading">
          {users.data.items.map((user) => (
            <li key={user.id}>
              <Card>
                <Card.Block>
                  <Heading level={4} data-size="xs">{user.name}</Heading>
                  <DemoUserRoles user={user} />
                  <Button
                    data-size="sm"
                    loading={login.isPending && login.variables === user.id}
                    onClick={() => login.mutate(user.id, { onSuccess: onLoggedIn })}
                  >
                    {t('login.demo.loginAs', { name: user.name })}
                  </Button>
                </Card.Block>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <DemoResidentList onLoggedIn={onLoggedIn} />
    </section>
  );
}

function DemoUserRoles({ user }: { user: DemoUser }) {
  const { t } = useTranslation();
  const lines = [
    ...user.municipalRoles.map((r) => t(`municipalRoles.${r}`)),
    ...user.units.map((u) => `${u.roles.map((r) => t(`unitRoles.${r}`)).join(', ')} – ${u.name}`),
  ];
  return (
    <>
      {lines.length > 0 && (
        <ul className="samla-plain-list">
          {lines.map((line) => (
            <li key={line}><Paragraph data-size="sm">{line}</Paragraph></li>
          ))}
        </ul>
      )}
    </>
  );
}
