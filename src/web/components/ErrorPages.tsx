import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useRouteError } from 'react-router';
import { usePageTitle } from './usePageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFound.title'));
  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('errors.notFound.title')}</Heading>
      <Paragraph>{t('errors.notFound.text')}</Paragraph>
      <Link asChild><RouterLink to="/">{t('errors.backHome')}</RouterLink></Link>
    </section>
  );
}

/** The API answers 404 both when something does not exist and when the user may not see it. */
export function NotFoundOrNoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('errors.noAccess.title'));
  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('errors.noAccess.title')}</Heading>
      <Paragraph>{t('errors.noAccess.text')}</Paragraph>
      <Link asChild><RouterLink to="/">{t('errors.backHome')}</RouterLink></Link>
    </section>
  );
}

/** The router's error boundary inside the layout: something broke while rendering; nothing technical is shown. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.error(error);
  usePageTitle(t('errors.crash.title'));
  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('errors.crash.title')}</Heading>
      <Paragraph>{t('errors.crash.text')}</Paragraph>
      {/* A full reload: the app's state may be what broke. */}
      <Link href="/">{t('errors.backHome')}</Link>
    </section>
  );
}

/** When the layout itself failed there is no <main> around the page yet. */
export function RootErrorPage() {
  return (
    <main id="main" className="samla-main">
      <ErrorPage />
    </main>
  );
}
