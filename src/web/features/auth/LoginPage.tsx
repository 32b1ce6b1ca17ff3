import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { nb } from '../../i18n/nb.js';
import { currentLanguage } from '../../i18n/index.js';
import { safeReturnTo } from '../../../contracts/return-to.js';
import { DemoUserList } from './DemoUserList.js';

type LoginError = keyof typeof nb.login.errors;
const isLoginError = (code: string): code is LoginError => Object.hasOwn(nb.login.errors, code);


export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Only paths inside the app: an open redirect would let a link send people elsewhere after login.
  const returnTo = safeReturnTo(params.get('returnTo') ?? undefined);
  const error = params.get('error');

  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (session.data.authenticated) return <Navigate to={returnTo} replace />;
  const { providers, demoMode } = session.data;
  const encoded = `${encodeURIComponent(returnTo)}&lang=${currentLanguage()}`;

  return (
    <section className="samla-page samla-login">
      <Heading level={1} data-size="lg">{t('login.title')}</Heading>
      {error && (
        <Alert data-color={error === 'session_expired' ? 'info' : 'danger'} role="alert">
          <Paragraph>{isLoginError(error) ? t(`login.errors.${error}`) : t('login.errors.generic')}</Paragraph>
        </Alert>
      )}
      {(providers.staff || providers.resident) && (
        <Card>
          <Card.Block>
            <div className="samla-actions">
              {providers.staff && (
                <Button asChild>
                  <a href={`/api/auth/staff/login?returnTo=${encoded}`}>{t('login.staff')}</a>
                </Button>
              )}
              {providers.resident && (
                <Button asChild variant={providers.staff ? 'secondary' : 'primary'}>
                  <a href={`/api/auth/resident/login?returnTo=${encoded}`}>{t('login.resident')}</a>
                </Button>
              )}
            </div>
          </Card.Block>
        </Card>
      )}
      {!providers.staff && !providers.resident && !demoMode && <Paragraph>{t('login.noProviders')}</Paragraph>}
      {demoMode && <DemoUserList onLoggedIn={() => navigate(returnTo, { replace: true })} />}
    </section>
  );
}
