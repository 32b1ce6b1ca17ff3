import './content-guide.css';
import '../../i18n/features/content-guide.js';
import { useRef } from 'react';
import { Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuthenticatedSession } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useGuideEditor } from './api.js';
import { DeleteStep } from './DeleteStep.js';
import { GuidePage } from './GuidePage.js';
import { StepForm } from './StepForm.js';

/** /innhold/veileder/nytt-steg (?niva=N) and /innhold/veileder/steg/:id — one step of the guide. */
export function GuideStepPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useAuthenticatedSession();
  const editor = useGuideEditor();
  const title = id ? t('contentGuide.step.editTitle') : t('contentGuide.step.newTitle');
  usePageTitle(title);
  // Set just before leaving on purpose (saved, deleted), so that the unsaved-changes guard does not ask.
  const leaving = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const backLink = <Link asChild><RouterLink to="/innhold/veileder">{t('contentGuide.step.back')}</RouterLink></Link>;
  if (isNotFound(editor.error)) return <NotFoundOrNoAccess />;
  if (editor.isPending || editor.isError) {
    return (
      <GuidePage>
        {backLink}
        <Heading level={1} data-size="lg">{title}</Heading>
        {editor.isPending ? <Loading /> : <ErrorAlert error={editor.error} />}
      </GuidePage>
    );
  }
  const step = id ? editor.data.steps.find((s) => s.id === id) : null;
  if (step === undefined) return <NotFoundOrNoAccess />;

  const level = step?.level ?? Math.min(5, Math.max(0, Number(params.get('niva')) || 0));
  // The guide the step is in, or a new step goes into (?veileder=<id>, else the first).
  const guide = editor.data.guides.find((g) => g.id === (step?.guideId ?? params.get('veileder'))) ?? editor.data.guides[0];
  // A new step goes last on its level, in tens so that one can be put between two later.
  const last = Math.max(-10, ...editor.data.steps.filter((s) => s.level === level && s.guideId === guide?.id).map((s) => s.position));
  const back = (notice: string) => {
    leaving.current = true;
    void navigate(guide ? `/innhold/veileder?veileder=${encodeURIComponent(guide.id)}` : '/innhold/veileder', { state: { notice } });
  };
  const slug = encodeURIComponent(session?.user?.tenant.slug ?? '');

  return (
    <GuidePage>
      {backLink}
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>{title}</Heading>
      {step && guide && <Link href={`/k/${slug}/handlingsveileder/${encodeURIComponent(guide.slug)}/${encodeURIComponent(step.key)}`}>{t('contentGuide.publicStepLink')}</Link>}
      <StepForm
        key={step?.id ?? 'new'}
        step={step}
        editor={editor.data}
        defaults={{ level, position: last + 10, guideId: guide?.id }}
        leaving={leaving}
        heading={heading}
        onSaved={(saved) => back(t('contentGuide.saved', { title: saved }))}
        onReload={async () => {
          const fresh = await editor.refetch();
          return fresh.data?.steps.find((s) => s.id === id) ?? null;
        }}
      />
      {step && <DeleteStep step={step} steps={editor.data.steps} onDeleted={(deleted) => back(t('contentGuide.deleted', { title: deleted }))} />}
    </GuidePage>
  );
}
