import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useErrorText } from '../../components/errors.js';
import { textMax, type ServiceFormValues, type TextField } from './form-values.js';

/**
 * The form's own field paths; the server reports them the same way, under `body.` or `service.`,
 * except the inter-municipal provider, which the form holds as flat fields.
 */
const formPath = (path: string) => path.replace(/^body\./, '').replace(/^service\./, '')
  .replace(/^interMunicipal\.name$/, 'interMunicipalName').replace(/^interMunicipal\.(hostMunicipality\w+)$/, '$1');

/**
 * Puts the API's field problems beside the form's fields, in words that fit the field: the
 * server's codes are generic (too_small, invalid_format), the editor knows what a slug or a
 * phone number should look like. Returns the problems no field takes, for the alert above.
 */
export function useServiceFieldErrors(setError: UseFormSetError<ServiceFormValues>) {
  const { t } = useTranslation();
  const text = useErrorText();

  const message = (path: string, code: string): string | null => {
    if (path === 'slug') return code === 'slug_taken' || code === 'already_exists' ? t('contentServices.errors.slug_taken') : t('contentServices.errors.slug_format');
    if (path === 'unitId') return code === 'unit_not_allowed' ? t('contentServices.errors.unit_not_allowed') : null;
    if (path === 'ageFrom' || path === 'ageTo') return code === 'custom' ? t('contentServices.errors.age_order') : t('contentServices.errors.age_range');
    if (/^(phones\.\d+\.number|contactPersons\.\d+\.phone)$/.test(path)) return t('catalogue.fields.editor.errors.phone');
    if (/^contactPersons\.\d+\.email$/.test(path) || path === 'email') return t('contentServices.errors.email');
    if (/^contactPersons\.\d+\.name$/.test(path) || path === 'interMunicipalName' || path === 'hostMunicipalityName') return t('catalogue.fields.editor.errors.name');
    if (path === 'hostMunicipalityNumber') return t('catalogue.fields.editor.errors.municipalityNumber');
    if (path === 'targetGroups') return t('catalogue.fields.editor.errors.audience');
    if (path === 'referrers' || path === 'selfReferral') return t('catalogue.fields.editor.errors.selfReferral');
    if (/^content\.(nb|nn|en)\.costText$/.test(path) && code === 'custom') return t('catalogue.fields.editor.errors.costText');
    if (/^links\.\d+\.url$/.test(path)) return t('contentServices.errors.url');
    const field = /^content\.(?:nb|nn|en)\.(\w+)$/.exec(path)?.[1] as TextField | undefined;
    if (field && field in textMax) {
      if (code === 'too_small' || code === 'invalid_type') return t('contentServices.errors.required');
      if (code === 'too_big') return t('contentServices.errors.too_long', { max: textMax[field] });
    }
    return null;
  };

  const known = new Set([
    'slug', 'unitId', 'serviceType', 'ageFrom', 'ageTo', 'needs', 'targetGroups', 'cost', 'dropIn', 'email', 'address', 'links',
    'hostMunicipalityNumber', 'hostMunicipalityName', 'interMunicipalName',
  ]);
  const isFormPath = (path: string) => known.has(path) || /^content\.(nb|nn|en)\.\w+$/.test(path) || /^links\.\d+(\.(label|url))?$/.test(path)
    || /^phones\.\d+\.(number|label)$/.test(path) || /^contactPersons\.\d+\.(name|role|phone|email)$/.test(path);

  /** Sets the errors; returns the messages no field takes and the first field that took one (to focus). */
  return (error: unknown): { unmatched: string[]; first: FieldPath<ServiceFormValues> | null } => {
    if (!(error instanceof ApiError)) return { unmatched: [], first: null };
    const unmatched: string[] = [];
    let first: FieldPath<ServiceFormValues> | null = null;
    for (const problem of error.fields) {
      const path = formPath(problem.path);
      const shown = message(path, problem.code) ?? text.field(problem.code);
      if (!isFormPath(path)) {
        unmatched.push(shown);
        continue;
      }
      const name = (/^links\.\d+$/.test(path) ? `${path}.url` : path) as FieldPath<ServiceFormValues>;
      setError(name, { type: 'server', message: shown }, { shouldFocus: false });
      first ??= name;
    }
    return { unmatched, first };
  };
}

/** The whole request failed on the service's state, not a field: said in the editor's words. */
export function useServiceErrorText() {
  const { t } = useTranslation();
  const text = useErrorText();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'slug_taken') return t('contentServices.errors.slug_taken');
      if (error.code === 'version_conflict') return t('contentServices.errors.version_conflict');
      if (error.code === 'status_unchanged') return t('contentServices.errors.invalid_status');
    }
    return text.error(error);
  };
}
