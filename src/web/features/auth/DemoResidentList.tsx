import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useDemoResidentLogin, useDemoResidents } from './api.js';

/**
 * The demo login's residents: guardians and a young person, logged in as ID-porten would. Shown
 * only when the demo data has them.
 */
export function DemoResidentList({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const residents = useDemoResidents(true);
  const login = useDemoResidentLogin();
  const items = residents.data?.items ?? [];
  if (items.length === 0) return null;

  return (
    <section aria-labelledby="demo-residents-heading" className="samla-stack">
      <Heading level={3} data-size="sm" id="demo-residents-heading">{t('resident.demo.residents')}</Heading>
      <Paragraph>{t('resident.demo.residentsHelp')}</Paragraph>
      {login.isError && <ErrorAlert error={login.error} />}
      <ul className="samla-card-grid" aria-labelledby="demo-residents-heading">
        {items.map((r) => (
          <li key={r.id}>
            <Card>
              <Card.Block>
                <Heading level={4} data-size="xs">{r.name}</Heading>
                <Paragraph data-size="sm">{t(`resident.demo.roles.${r.role}`, { child: r.childName })}</Paragraph>
                <Button
                  data-size="sm"
                  loading={login.isPending && login.variables === r.id}
                  onClick={() => login.mutate(r.id, { onSuccess: onLoggedIn })}
                >
                  {t('login.demo.loginAs', { name: r.name })}
                </Button>
              </Card.Block>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
