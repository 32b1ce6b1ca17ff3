import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ServiceDetail } from '../../../contracts/catalogue.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import { ApiError } from '../../api/client.js';
import { hasFieldProblems } from '../../components/errors.js';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.js';
import { useUnsentText } from '../../components/unsent-text.js';
import { currentLanguage } from '../../i18n/index.js';
import { useCreateService, useRefetchService, useServiceStatus, useUpdateService, type StatusAction } from './api.js';
import { ConflictAlert } from './ConflictAlert.js';
import { useServiceErrorText, useServiceFieldErrors } from './field-errors.js';
import { emptyForm, languages, slugify, textFields, toForm, toInput, type ServiceFormValues } from './form-values.js';
import { PreviewDialog } from './PreviewDialog.js';
import { ServiceBasicsFields, type UnitOption } from './ServiceBasicsFields.js';
import { ServiceContactFields } from './ServiceContactFields.js';
import { ServiceTextsFields } from './ServiceTextsFields.js';
import { StatusPanel } from './StatusPanel.js';

type Place = 'top' | 'form' | 'status';
/** `focus`: the notice takes focus, for actions whose button is gone afterwards (a status change, a conflict's choice). */
interface Notice { text: string; tone: 'info' | 'success' | 'warning' | 'danger'; place: Place; stamp: number; focus: boolean }

const isConflict = (e: unknown) => e instanceof ApiError && e.code === 'version_conflict';

/** The first language tab holding an error, so that a hidden field's error is never missed. */
function languageWithErrors(errors: FieldErrors<ServiceFormValues>): ContentLanguage | null {
  return languages.find((l) => errors.content?.[l] !== undefined) ?? null;
}

/**
 * Create or edit one service. `base` is the saved service the form started from: its version
 * goes with every save and status change, so that a stale one is refused (409) instead of
 * silently overwriting someone else's work.
 */
export function ServiceEditor(props: {
  initial: ServiceDetail | null;
  units: UnitOption[];
  coordinator: boolean;
  defaultUnitId: string;
  tenantSlug: string;
  arrivedCreated: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [base, setBase] = useState(props.initial);
  const form = useForm<ServiceFormValues>({ defaultValues: props.initial ? toForm(props.initial) : emptyForm(props.defaultUnitId) });
  const { handleSubmit, reset, setFocus, watch, setValue, getFieldState, formState } = form;
  const forgetUnsent = useUnsentText(form, 'service');
  const [tab, setTab] = useState<ContentLanguage>('nb');
  // One notice at a time, the newest, shown where the user acted: the form's buttons or the status panel.
  const [notice, setNotice] = useState<Notice | null>(
    props.arrivedCreated ? { text: t('contentServices.edit.created'), stamp: 0, tone: 'success', place: 'top', focus: false } : null,
  );
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [conflict, setConflict] = useState<{ latest: ServiceDetail | null } | null>(null);
  const [preview, setPreview] = useState(false);
  const id = base?.id ?? '';
  const create = useCreateService();
  const update = useUpdateService(id);
  const status = useServiceStatus(id);
  const refetch = useRefetchService(id);
  const serverErrors = useServiceFieldErrors(form.setError);
  const errorText = useServiceErrorText();
  const readOnly = base !== null && !base.editable;
  const publicBase = `/k/${encodeURIComponent(props.tenantSlug)}/tjenester`;
  // Set just before leaving on purpose (a new service opens its own page), so nothing asks.
  const leaving = useRef(false);
  const dirty = formState.isDirty;
  const shouldBlock = useCallback(() => dirty && !readOnly && !leaving.current, [dirty, readOnly]);

  // A new service's address follows its bokmål name until the editor writes one themself.
  useEffect(() => {
    if (base) return;
    const sub = watch((values, { name }) => {
      if (name === 'content.nb.name' && !getFieldState('slug').isDirty) setValue('slug', slugify(values.content?.nb?.name ?? ''));
    });
    return () => sub.unsubscribe();
  }, [base, watch, setValue, getFieldState]);

  // A new service opens here from the bottom of the form: start at the top, where «created» is said.
  useEffect(() => {
    if (props.arrivedCreated) window.scrollTo({ top: 0 });
  }, [props.arrivedCreated]);
  // «Saved» (or «reloaded») is no longer true once the user writes again.
  useEffect(() => {
    if (dirty) setNotice((n) => (n && (n.tone === 'success' || n.tone === 'info') ? null : n));
  }, [dirty]);
  const say = (place: Place, text: string, tone: Notice['tone'] = 'success', focus = false) =>
    setNotice((n) => ({ text, tone, place, focus, stamp: (n?.stamp ?? 0) + 1 }));
  const noticeAt = (place: Place) => (
    <div aria-live="polite" className="samla-stack samla-live">
      {notice?.place === place && <NoticeAlert key={notice.stamp} notice={notice} />}
    </div>
  );
  const settled = (saved: ServiceDetail) => {
    setBase(saved);
    reset(toForm(saved));
    setConflict(null);
  };

  /** After a content error anywhere, show the language tab it is in and put focus on the field. */
  const revealErrors = (errors: FieldErrors<ServiceFormValues>) => {
    const lang = languageWithErrors(errors);
    const before = ['unitId', 'serviceType', 'ageFrom', 'ageTo'].some((f) => f in errors);
    if (!lang || before) return;
    setTab(lang);
    const field = textFields.find((f) => errors.content?.[lang]?.[f]);
    if (field) requestAnimationFrame(() => setFocus(`content.${lang}.${field}`));
  };

  /** `focus`: the button pressed is gone (the conflict's choice), so the outcome takes focus. */
  const failed = async (error: unknown, focus: boolean) => {
    if (isConflict(error)) {
      const latest = await refetch().catch(() => null);
      setConflict({ latest });
      return;
    }
    const { unmatched: rest, first } = serverErrors(error);
    setUnmatched(rest);
    if (!hasFieldProblems(error)) return say('form', errorText(error), 'danger', focus);
    // The server's problem may sit far above the save button, or in another language's tab.
    const lang = /^content\.(nb|nn|en)\./.exec(first ?? '')?.[1] as ContentLanguage | undefined;
    if (lang) setTab(lang);
    if (first) requestAnimationFrame(() => setFocus(first));
  };

  /** `version`: the newest version, when the user chose to save over someone else's change. */
  const save = (values: ServiceFormValues, version?: number) => {
    const overwriting = version !== undefined;
    setNotice(null);
    setUnmatched([]);
    const service = toInput(values);
    if (!base) {
      create.mutate(service, {
        onSuccess: (created) => {
          forgetUnsent();
          leaving.current = true;
          navigate(`/innhold/tjenester/${created.id}`, { replace: true, state: { created: true } });
        },
        onError: (error) => failed(error, false),
      });
      return;
    }
    update.mutate({ service, version: version ?? base.version }, {
      onSuccess: (saved) => {
        forgetUnsent();
        settled(saved);
        say('form', saved.status === 'published' ? t('contentServices.edit.savedPublished') : t('contentServices.edit.saved'), 'success', overwriting);
      },
      onError: (error) => failed(error, overwriting),
    });
  };

  const changeStatus = (action: StatusAction) => {
    if (!base) return;
    setNotice(null);
    status.mutate({ action, version: base.version }, {
      onSuccess: (saved) => {
        settled(saved);
        const done = { publish: 'published', unpublish: 'unpublished', archive: 'archivedDone' } as const;
        // The button pressed gives way to the new status's buttons: the outcome takes focus.
        say('status', t(`contentServices.state.${done[action]}`), 'success', true);
      },
      onError: async (error) => {
        if (!isConflict(error)) return say('status', errorText(error), 'danger', true);
        // Nothing unsaved to lose here (status changes wait for a save): show the newest.
        const latest = await refetch().catch(() => null);
        if (latest) settled(latest);
        say('status', t('contentServices.conflict.statusText'), 'warning', true);
      },
    });
  };

  const onSubmit = handleSubmit((values) => save(values), revealErrors);
  const saving = create.isPending || update.isPending;
  const unitName = props.units.find((u) => u.id === watch('unitId'))?.name ?? base?.unit?.name ?? null;
  const showProblems = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  return (
    <div className="samla-content-editor">
      <div className="samla-stack samla-content-editor__main">
        {noticeAt('top')}
        {readOnly && <Alert data-color="info"><Paragraph>{t('contentServices.edit.readOnly')}</Paragraph></Alert>}
        {base?.status === 'published' && !readOnly && (
          <Paragraph data-size="sm"><strong>{t('contentServices.edit.publishedWarning')}</strong></Paragraph>
        )}
        <form onSubmit={onSubmit} noValidate className="samla-stack samla-content-form">
          <fieldset disabled={readOnly} className="samla-bare-fieldset samla-stack">
            <ServiceBasicsFields form={form} units={props.units} coordinator={props.coordinator} publicBase={publicBase} published={base?.status === 'published'} />
            <ServiceTextsFields form={form} tab={tab} onTab={setTab} />
            <ServiceContactFields form={form} />
          </fieldset>
          {conflict && (
            <ConflictAlert
              latest={conflict.latest}
              saving={update.isPending}
              onReload={async () => {
                const latest = conflict.latest ?? (await refetch().catch(() => null));
                if (!latest) return;
                settled(latest);
                say('form', t('contentServices.conflict.reloaded'), 'info', true);
              }}
              onOverwrite={() => conflict.latest && save(form.getValues(), conflict.latest.version)}
            />
          )}
          {(showProblems || unmatched.length > 0) && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t('contentServices.edit.problems')}</Paragraph>
              {unmatched.map((m) => <Paragraph key={m}>{m}</Paragraph>)}
            </Alert>
          )}
          {noticeAt('form')}
          <div className="samla-actions">
            {!readOnly && (
              <Button type="submit" loading={saving}>{base ? t('contentServices.edit.save') : t('contentServices.edit.createSubmit')}</Button>
            )}
            <Button type="button" variant="secondary" onClick={() => setPreview(true)}>{t('contentServices.edit.preview')}</Button>
            <Button type="button" variant="tertiary" onClick={() => navigate('/innhold/tjenester')}>{t('contentServices.edit.cancel')}</Button>
          </div>
        </form>
      </div>
      {base && (
        <aside className="samla-content-editor__side" aria-labelledby="service-state">
          <StatusPanel
            service={base}
            publicUrl={`${publicBase}/${encodeURIComponent(base.slug)}`}
            dirty={formState.isDirty}
            pending={status.isPending ? (status.variables?.action ?? null) : null}
            onAction={changeStatus}
            feedback={noticeAt('status')}
          />
        </aside>
      )}
      <PreviewDialog
        open={preview}
        onClose={() => setPreview(false)}
        values={form.getValues}
        unitName={unitName}
        initialLanguage={tab !== 'nb' ? tab : currentLanguage()}
      />
      <UnsavedChangesGuard shouldBlock={shouldBlock} text={t('contentServices.unsaved.text')} />
    </div>
  );
}

/** One notice; with `focus` it takes focus as it appears (it is a fresh element each time: keyed by its stamp). */
function NoticeAlert({ notice }: { notice: Notice }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice.focus) ref.current?.focus();
  }, [notice.focus]);
  return (
    <Alert ref={ref} tabIndex={notice.focus ? -1 : undefined} data-color={notice.tone}>
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  );
}
