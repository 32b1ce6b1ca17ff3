import './content-services.css';
import '../../i18n/features/catalogue.js';
import '../../i18n/features/content-services.js';
import { useEffect } from 'react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useAuthenticatedSession } from '../../api/session.js';
import { useAllActiveUnits } from '../../api/units.js';
import { ContentNav } from '../../components/ContentNav.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { useBokmalLang } from '../../components/content-lang.js';
import { Loading } from '../../components/Loading.js';
import { isNotFoundOrBadId } from '../../components/not-found.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useContentRights, useEditorService } from './api.js';
import { ServiceEditor } from './ServiceEditor.js';

/** /innhold/tjenester/ny and /innhold/tjenester/:id — the service editor. */
export function ServiceEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const tenantSlug = useAuthenticatedSession()?.user?.tenant.slug ?? '';
  const rights = useContentRights();
  const detail = useEditorService(id);
  // Options must exist before the form is filled in, or the unit select would lose its value.
  const units = useAllActiveUnits();
  const bokmal = useBokmalLang();
  const title = id ? t('contentServices.edit.editTitle') : t('contentServices.edit.createTitle');
  usePageTitle(title);
  // «Created» is said once, by the editor as it opens; then the state goes, so a reload does not say it again.
  const arrivedCreated = (location.state as { created?: boolean } | null)?.created === true;
  useEffect(() => {
    if (arrivedCreated && detail.data) navigate(location.pathname, { replace: true, state: null });
  }, [arrivedCreated, detail.data, navigate, location.pathname]);

  const header = (
    <>
      <ContentNav />
      <Link asChild><RouterLink to="/innhold/tjenester">{t('contentServices.edit.back')}</RouterLink></Link>
      <Heading level={1} data-size="lg">{title}</Heading>
    </>
  );
  if ((id && detail.isPending) || rights.isPending || units.isPending) return <section className="samla-page">{header}<Loading /></section>;
  if (isNotFoundOrBadId(detail.error)) return <NotFoundOrNoAccess />;
  const error = detail.error ?? rights.error ?? units.error;
  if (error || !rights.data || !units.data) return <section className="samla-page">{header}<ErrorAlert error={error} /></section>;

  const { coordinator, serviceUnitIds } = rights.data;
  const service = detail.data ?? null;
  const allowed = new Set(serviceUnitIds);
  const options = units.data.filter((u) => coordinator || allowed.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
  // An archived unit, or one the user does not lead, still shows as the service's own.
  if (service?.unit && !options.some((u) => u.id === service.unit?.id)) options.unshift(service.unit);
  const canCreate = coordinator || options.length > 0;

  return (
    <section className="samla-page">
      {header}
      {service && <Paragraph data-size="lg" className="samla-muted" lang={bokmal}>{service.content.nb.name}</Paragraph>}
      {!service && !canCreate ? (
        <Alert data-color="info"><Paragraph>{t('contentServices.edit.noRights')}</Paragraph></Alert>
      ) : (
        <ServiceEditor
          key={id ?? 'new'}
          initial={service}
          units={options}
          coordinator={coordinator}
          defaultUnitId={!coordinator && options.length === 1 ? (options[0]?.id ?? '') : ''}
          tenantSlug={tenantSlug}
          arrivedCreated={arrivedCreated}
        />
      )}
    </section>
  );
}
