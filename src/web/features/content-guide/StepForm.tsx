import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Button, Checkbox, ErrorSummary, Field, Fieldset, Heading, Label, Link, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { guideStepKinds, type GuideEditor, type GuideStepDetail } from '../../../contracts/guide.js';
import { documentKinds, type DocumentKind } from '../../../contracts/library.js';
import { ApiError } from '../../api/client.js';
import { useBokmalLang } from '../../components/content-lang.js';
import { fill, slot } from '../../components/fill.js';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.js';
import { useSaveStep } from './api.js';
import { GuideErrorAlert, useGuideErrorText } from './errors.js';
import { StepChoices } from './StepChoices.js';
import {
  formerStart, formPath, keyFromTitle, stepProblems, toFormValues, toStepInput, type Language, type StepFormValues,
} from './step-form.js';
import { useLevels } from '../../components/levels.js';
import { staffFunctions } from '../../../contracts/common.js';
import { StepTexts } from './StepTexts.js';
import { useUnsentText } from '../../components/unsent-text.js';

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
type Problem = { path: FieldPath<StepFormValues>; message: string };

/** The language tab a field lives in, if it lives in one. */
const tabOf = (path: string): Language | null => {
  const match = /^content\.(nb|nn|en)\./.exec(path);
  return match ? (match[1] as Language) : null;
};

/**
 * One step of the guide: its place (key, level, kind, position), its texts per language, the
 * choices onward and the documents it links. The guide's rules are checked here as well as on the
 * server, so most mistakes show beside their field before anything is sent.
 */
export function StepForm(props: {
  step: GuideStepDetail | null;
  editor: GuideEditor;
  /** guideId: the guide a new step goes into (left out: the first) */
  defaults: { level: number; position: number; guideId?: string };
  onSaved: (title: string) => void;
  onReload: () => Promise<GuideStepDetail | null>;
  /** true once the page leaves on purpose (saved, deleted): nothing to ask then */
  leaving: RefObject<boolean>;
  /** the page's h1: focus goes there after «Last inn på nytt», whose button is gone then */
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const text = useGuideErrorText();
  const save = useSaveStep(props.step?.id);
  const { levels, nameOf } = useLevels();
  // The model's levels; until it is read, the step's own, so the select never shows another value.
  const levelChoices = levels.length > 0 ? levels.map((l) => l.number) : [props.step?.level ?? props.defaults.level];
  const [version, setVersion] = useState(props.step?.version ?? null);
  const [tab, setTab] = useState<Language>('nb');
  const [summary, setSummary] = useState<Problem[]>([]);
  const [overwriting, setOverwriting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // Focus is ours: react-hook-form would pick the first field registered, not the first on the page.
  const form = useForm<StepFormValues>({ defaultValues: toFormValues(props.step, props.defaults), shouldFocusError: false });
  const forgetUnsent = useUnsentText(form, 'step');
  const { register, handleSubmit, setError, clearErrors, getValues, setValue, watch, reset, formState: { errors, isDirty } } = form;
  const { leaving } = props;
  const shouldBlock = useCallback(() => isDirty && !leaving.current, [isDirty, leaving]);
  const kind = watch('kind');
  // Choices lead within the guide, and each guide has its own start.
  const guideId = props.step?.guideId ?? props.defaults.guideId ?? props.editor.guides[0]?.id;
  const guideSteps = props.editor.steps.filter((s) => !guideId || s.guideId === guideId);
  const targets = guideSteps.filter((s) => s.id !== props.step?.id);
  // Saved as the start, this step takes over from the present start, which becomes an ordinary step.
  const former = formerStart(guideSteps, props.step?.id);
  const bokmal = useBokmalLang();

  /** After the tab has come forward (a hidden field cannot take focus): the first problem on the page. */
  const focusFirstProblem = () =>
    setTimeout(() => {
      const invalid = formRef.current?.querySelectorAll<HTMLElement>('[aria-invalid="true"], #step-choices-error') ?? [];
      [...invalid].find((el) => el.getClientRects().length > 0)?.focus();
    });

  /** Problems found here or by the server: beside their fields, in the summary, and the first focused. */
  const show = (problems: Problem[]) => {
    setSummary(problems);
    const first = problems[0];
    if (!first) return;
    const tabs = problems.map((p) => tabOf(p.path));
    if (!tabs.includes(tab)) setTab(tabs.find((l) => l !== null) ?? tab);
    problems.forEach((p) => setError(p.path, { type: 'server', message: p.message }));
    focusFirstProblem();
  };

  const serverProblems = (error: unknown): Problem[] =>
    error instanceof ApiError
      ? error.fields.map((f) => {
          const path = formPath(f.path);
          return { path: (path === 'choices' ? 'choices.root' : path) as FieldPath<StepFormValues>, message: text.field(f.code) };
        })
      : [];

  /** `latest`: the newest version, when the user chose to save over someone else's change. */
  const onValid = (values: StepFormValues, latest?: number) => {
    const problems = stepProblems(values, guideSteps, props.step?.id).map((p) => ({
      path: (p.path === 'choices' ? 'choices.root' : p.path) as FieldPath<StepFormValues>,
      message: p.code === 'too_few_choices'
        ? t(`contentGuide.problems.too_few_choices_${values.kind as 'start' | 'step' | 'decision'}`)
        : t(`contentGuide.problems.${p.code}`, { title: former?.content.nb.title ?? '' }),
    }));
    if (problems.length > 0) return show(problems);
    setSummary([]);
    save.mutate({ step: { ...toStepInput(values), ...(guideId ? { guideId } : {}) }, version: latest ?? version }, {
      onSuccess: (saved) => {
        forgetUnsent();
        props.onSaved(saved.content.nb.title);
      },
      onError: (error) => {
        const problems = serverProblems(error);
        if (problems.length > 0) show(problems);
      },
    });
  };

  const onInvalid = (invalid: object) => {
    // The browser-side rules found something: bring a hidden language forward if that is where.
    const tabs = collectPaths(invalid).map(tabOf);
    if (!tabs.includes(tab)) setTab(tabs.find((l) => l !== null) ?? tab);
    setSummary([]);
    focusFirstProblem();
  };

  const reload = async () => {
    const fresh = await props.onReload();
    if (!fresh) return;
    setVersion(fresh.version);
    reset(toFormValues(fresh, props.defaults));
    save.reset();
    props.heading.current?.focus();
  };

  /** Save what the form holds over the newest version: the guide's rules are checked again first. */
  const overwrite = async () => {
    setOverwriting(true);
    try {
      const fresh = await props.onReload();
      if (!fresh) return;
      setVersion(fresh.version);
      clearErrors();
      await handleSubmit((values) => onValid(values, fresh.version), onInvalid)();
    } finally {
      setOverwriting(false);
    }
  };

  const fillKey = () => {
    if (!props.step && !getValues('key').trim()) setValue('key', keyFromTitle(getValues('content.nb.title')));
  };

  // Field problems are beside their fields and in the summary; anything else gets an alert.
  const otherError = save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0);
  // The alert is at the top, the button that failed at the bottom: focus it once it is there.
  useEffect(() => {
    if (otherError) alertRef.current?.focus();
  }, [otherError, save.error]);
  return (
    <>
      <form
        ref={formRef}
        // The guide's rules and the server's problems were set by hand: each attempt starts clean.
        onSubmit={(e) => {
          clearErrors();
          void handleSubmit((values) => onValid(values), onInvalid)(e);
        }}
        noValidate className="samla-form samla-guide-form">
        {summary.length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('contentGuide.step.problemsTitle')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {summary.map((p) => (
                <ErrorSummary.Item key={`${p.path}-${p.message}`}>
                  <ErrorSummary.Link
                    href="#"
                    onClick={(e) => {
                      e.preventDefault();
                      const inTab = tabOf(p.path);
                      if (inTab) setTab(inTab);
                      setTimeout(() => (p.path.endsWith('.root') ? document.getElementById('step-choices-error')?.focus() : form.setFocus(p.path)));
                    }}
                  >
                    {p.message}
                  </ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        <div ref={alertRef} tabIndex={-1} className="samla-guide-alert">
          {otherError && (
            <GuideErrorAlert
              error={save.error}
              onReload={() => void reload()}
              onOverwrite={props.step ? () => void overwrite() : undefined}
              overwriting={overwriting || save.isPending}
            />
          )}
        </div>

        <StepTexts form={form} tab={tab} onTab={setTab} onTitleBlur={fillKey} />

        <Fieldset>
          <Fieldset.Legend><Heading level={2} data-size="xs">{t('contentGuide.step.basics')}</Heading></Fieldset.Legend>
          <Textfield
            label={t('contentGuide.step.key')}
            description={t('contentGuide.step.keyHelp')}
            required
            autoComplete="off"
            spellCheck={false}
            {...register('key', {
              validate: (v) => slugPattern.test(v.trim()) || t('contentGuide.problems.key_format'),
            })}
            error={errors.key?.message}
          />
          <div className="samla-filter">
            <Field>
              <Label>{t('contentGuide.step.level')}</Label>
              <Select {...register('level')}>
                {levelChoices.map((l) => <Select.Option key={l} value={String(l)} lang={nameOf(l).lang}>{nameOf(l).label}</Select.Option>)}
              </Select>
            </Field>
            <Field>
              <Label>{t('contentGuide.step.kind')}</Label>
              <Field.Description>
                {kind === 'start' && former
                  ? fill(t('contentGuide.step.startMoves', { title: slot(0) }), [<span key="title" lang={bokmal}>{former.content.nb.title}</span>])
                  : t(`contentGuide.step.kindHelp.${kind}`)}
              </Field.Description>
              <Select aria-invalid={errors.kind ? true : undefined} {...register('kind')}>
                {guideStepKinds.map((k) => <Select.Option key={k} value={k}>{t(`contentGuide.kinds.${k}`)}</Select.Option>)}
              </Select>
              {errors.kind && <ValidationMessage>{errors.kind.message}</ValidationMessage>}
            </Field>
            <Textfield
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              label={t('contentGuide.step.position')}
              description={t('contentGuide.step.positionHelp')}
              {...register('position', {
                validate: (v) => (/^\d{1,5}$/.test(v.trim()) && Number(v) <= 10000) || t('contentGuide.problems.position_range'),
              })}
              error={errors.position?.message}
            />
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend><Heading level={2} data-size="xs">{t('contentGuide.step.whoAndWhen')}</Heading></Fieldset.Legend>
          <div className="samla-filter">
            <Field>
              <Label>{t('contentGuide.step.staffFunction')}</Label>
              <Field.Description>{t('contentGuide.step.staffFunctionHelp')}</Field.Description>
              <Select {...register('staffFunction')}>
                <Select.Option value="">{t('contentGuide.step.noStaffFunction')}</Select.Option>
                {staffFunctions.map((f) => <Select.Option key={f} value={f}>{t(`admin.staff.staffFunctions.${f}`)}</Select.Option>)}
              </Select>
            </Field>
            <Textfield
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              label={t('contentGuide.step.deadlineDays')}
              description={t('contentGuide.step.deadlineDaysHelp')}
              {...register('deadlineDays', {
                validate: (v) => v.trim() === '' || (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 365) || t('contentGuide.problems.deadline_range'),
              })}
              error={errors.deadlineDays?.message}
            />
          </div>
          <Checkbox
            label={t('contentGuide.step.concernDecision')}
            description={t('contentGuide.step.concernDecisionHelp')}
            {...register('concernDecision')}
          />
        </Fieldset>

        <StepChoices form={form} targets={targets} />

        <Fieldset>
          <Fieldset.Legend><Heading level={2} data-size="xs">{t('contentGuide.step.documents')}</Heading></Fieldset.Legend>
          <Fieldset.Description>{t('contentGuide.step.documentsHelp')}</Fieldset.Description>
          {props.editor.documents.length === 0 ? (
            <Paragraph>{t('contentGuide.step.documentsEmpty')}</Paragraph>
          ) : (
            <div className="samla-guide-documents">
              {props.editor.documents.map((d) => (
                <Checkbox
                key={d.id}
                value={d.id}
                label={t('contentGuide.step.documentOption', { title: d.title, kind: isDocumentKind(d.kind) ? t(`contentGuide.documentKinds.${d.kind}`) : d.kind })}
                {...register('documentIds')}
              />
              ))}
            </div>
          )}
          {errors.documentIds?.message && <ValidationMessage>{errors.documentIds.message}</ValidationMessage>}
          <div>
            <Link asChild><RouterLink to="/innhold/dokumenter">{t('contentGuide.step.library')}</RouterLink></Link>
          </div>
        </Fieldset>

        <div className="samla-actions">
          <Button type="submit" loading={save.isPending}>{t('contentGuide.step.save')}</Button>
          <Button asChild variant="secondary"><RouterLink to="/innhold/veileder">{t('common.cancel')}</RouterLink></Button>
        </div>
      </form>
      <UnsavedChangesGuard shouldBlock={shouldBlock} text={t('contentGuide.unsaved')} />
    </>
  );
}

const isDocumentKind = (kind: string): kind is DocumentKind => (documentKinds as readonly string[]).includes(kind);

/** Every field path that has an error, depth first: `content.nn.title`, `choices.0.to`. */
function collectPaths(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return 'message' in value && 'type' in value ? [path] : collectPaths(value as object, path);
  });
}
