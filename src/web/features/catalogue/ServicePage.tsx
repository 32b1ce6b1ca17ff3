import '../../i18n/features/catalogue.js';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useAuthenticatedSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { Loading } from '../../components/Loading.js';
import { isNotFoundOrBadId } from '../../components/not-found.js';
import { ServiceArticle } from '../../components/ServiceArticle.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { useCatalogueService } from './api.js';

/** /tjenester/:id — one published service, as residents read it, with its contact details. */
export function ServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lang = currentLanguage();
  const service = useCatalogueService(id, lang);
  const tenantSlug = useAuthenticatedSession()?.user?.tenant.slug;
  // Came from a search: back to the same results (the search is in the address).
  const from = (useLocation().state as { search?: string } | null)?.search;
  usePageTitle(service.data?.name ?? t('catalogue.title'));

  const back = <Link asChild><RouterLink to={`/tjenester${from ?? ''}`}>{t('catalogue.service.back')}</RouterLink></Link>;
  if (service.isPending) return <section className="samla-page">{back}<Loading /></section>;
  if (isNotFoundOrBadId(service.error)) return <NotFoundOrNoAccess />;
  if (service.isError) return <section className="samla-page">{back}<ErrorAlert error={service.error} /></section>;
  const s = service.data;

  return (
    <section className="samla-page">
      {back}
      {s.language !== lang && (
        <Alert data-color="info"><Paragraph>{t('catalogue.service.notTranslated')}</Paragraph></Alert>
      )}
      <ServiceArticle service={s} level={1} />
      {tenantSlug && (
        <Paragraph>
          {/* A server-rendered page outside the app: a full page load, not the router. */}
          <Link href={`/k/${encodeURIComponent(tenantSlug)}/tjenester/${encodeURIComponent(s.slug)}${lang === 'nb' ? '' : `?lang=${lang}`}`}>
            {t('catalogue.service.publicPage')}
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
