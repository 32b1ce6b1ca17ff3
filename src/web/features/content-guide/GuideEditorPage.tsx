import './content-guide.css';
import '../../i18n/features/content-guide.js';
import { useEffect, useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { GuideStepDetail } from '../../../contracts/guide.js';
import { useAuthenticatedSession } from '../../api/session.js';
import { useBokmalLang } from '../../components/content-lang.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fill, slot } from '../../components/fill.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { locale } from '../../i18n/index.js';
import { useGuideEditor, useInstallDefaultGuide } from './api.js';
import { GuideErrorAlert } from './errors.js';
import { GuidePage } from './GuidePage.js';
import { GuidesPanel } from './GuidesPanel.js';
import { useLevels } from '../../components/levels.js';
import { inGuideOrder, translations } from './step-form.js';


/** /innhold/veileder — the guide's steps by level, in the order readers meet them. */
export function GuideEditorPage() {
  const { t } = useTranslation();
  const levelNumbers = useLevelNumbers();
  const [params] = useSearchParams();
  const bokmal = useBokmalLang();
  usePageTitle(t('contentGuide.title'));
  const session = useAuthenticatedSession();
  const location = useLocation();
  const navigate = useNavigate();
  // «Saved» or «deleted» from the step's page is said once: kept here, then taken out of the
  // history entry, so that a reload or Back does not say it again.
  const arrivedNotice = (location.state as { notice?: string } | null)?.notice;
  const [notice] = useState(arrivedNotice);
  useEffect(() => {
    if (arrivedNotice) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [arrivedNotice, navigate, location.pathname, location.search]);
  const editor = useGuideEditor();
  const install = useInstallDefaultGuide();

  if (isNotFound(editor.error)) return <NotFoundOrNoAccess />;
  if (editor.isPending || editor.isError) {
    return (
      <GuidePage>
        <Heading level={1} data-size="lg">{t('contentGuide.title')}</Heading>
        {editor.isPending ? <Loading /> : <ErrorAlert error={editor.error} />}
      </GuidePage>
    );
  }
  // The guide shown: ?veileder=<id>, else the first.
  const selected = editor.data.guides.find((g) => g.id === params.get('veileder')) ?? editor.data.guides[0];
  const steps = inGuideOrder(editor.data.steps.filter((s) => !selected || s.guideId === selected.id));
  const guideParam = selected ? `veileder=${encodeURIComponent(selected.id)}` : '';
  const publicHref = `/k/${encodeURIComponent(session?.user?.tenant.slug ?? '')}/handlingsveileder${selected ? `/${encodeURIComponent(selected.slug)}` : ''}`;

  return (
    <GuidePage>
      <Heading level={1} data-size="lg">{t('contentGuide.title')}</Heading>
      <Paragraph>{t('contentGuide.intro')}</Paragraph>
      {notice && <Alert data-color="success" role="status"><Paragraph>{notice}</Paragraph></Alert>}
      {install.isSuccess && (
        <Alert data-color="success" role="status"><Paragraph>{t('contentGuide.empty.installed')}</Paragraph></Alert>
      )}
      <GuidesPanel editor={editor.data} selected={selected} />
      {selected && editor.data.guides.length > 1 && (
        <Heading level={2} data-size="md" lang={bokmal}>{selected.name.nb}</Heading>
      )}
      {editor.data.steps.length === 0 ? (
        <section aria-labelledby="guide-empty-heading" className="samla-stack samla-guide-empty">
          <Heading level={2} data-size="sm" id="guide-empty-heading">{t('contentGuide.empty.title')}</Heading>
          <Paragraph>{t('contentGuide.empty.text')}</Paragraph>
          {install.isError && <GuideErrorAlert error={install.error} />}
          <div className="samla-actions">
            <Button onClick={() => install.mutate()} loading={install.isPending}>{t('contentGuide.empty.install')}</Button>
            <Link asChild><RouterLink to={`/innhold/veileder/nytt-steg?${guideParam}`}>{t('contentGuide.empty.orBuild')}</RouterLink></Link>
          </div>
        </section>
      ) : (
        <>
          <div className="samla-actions">
            <Button asChild><RouterLink to={`/innhold/veileder/nytt-steg?${guideParam}`}>{t('contentGuide.addStep')}</RouterLink></Button>
            <Link href={publicHref}>{t('contentGuide.publicLink')}</Link>
          </div>
          {levelNumbers(steps).map((level) => (
            <LevelSection key={level} level={level} steps={steps.filter((s) => s.level === level)} all={steps} guideParam={guideParam} />
          ))}
        </>
      )}
    </GuidePage>
  );
}

/** The municipality's levels, each with its section; until the model is read, the levels the steps are on. */
function useLevelNumbers() {
  const { levels } = useLevels();
  return (steps: readonly GuideStepDetail[]) =>
    levels.length > 0 ? levels.map((l) => l.number) : [...new Set(steps.map((s) => s.level))].sort((a, b) => a - b);
}

function LevelSection({ level, steps, all, guideParam }: { level: number; steps: GuideStepDetail[]; all: GuideStepDetail[]; guideParam: string }) {
  const { t, i18n } = useTranslation();
  const name = useLevels().nameOf(level);
  const headingId = `guide-level-${level}`;
  const titleOf = (key: string) => all.find((s) => s.key === key)?.content.nb.title;
  const list = new Intl.ListFormat(locale(i18n.language), { type: 'conjunction' });
  // Titles and choices are shown in bokmål, whatever the page's language.
  const bokmal = useBokmalLang();
  const nb = (text: string) => <span lang={bokmal}>{text}</span>;
  /** «Ja → Skal andre involveres?», or the key and «finnes ikke» where the step it led to is gone. */
  const choice = (label: string, to: string) => {
    const title = titleOf(to);
    return title === undefined
      ? fill(t('contentGuide.choiceToMissing', { label: slot(0), key: slot(1) }), [nb(label), to])
      : fill(t('contentGuide.choiceTo', { label: slot(0), title: slot(1) }), [nb(label), nb(title)]);
  };
  return (
    <section aria-labelledby={headingId} className="samla-stack">
      <div className="samla-guide-level-head">
        <Heading level={2} data-size="sm" id={headingId} lang={name.lang}>{name.label}</Heading>
        <Link asChild>
          <RouterLink to={`/innhold/veileder/nytt-steg?niva=${level}${guideParam ? `&${guideParam}` : ''}`}>{t('contentGuide.addStepOnLevel', { level: name.name })}</RouterLink>
        </Link>
      </div>
      {steps.length === 0 ? (
        <Paragraph className="samla-muted">{t('contentGuide.levelEmpty')}</Paragraph>
      ) : (
        <div className="samla-table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
          <Table zebra border>
            <caption className="ds-sr-only" lang={name.lang}>{name.label}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('contentGuide.table.position')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentGuide.table.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentGuide.table.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentGuide.table.choices')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentGuide.table.documents')}</Table.HeaderCell>
                <Table.HeaderCell>{t('contentGuide.table.languages')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {steps.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.position}</Table.Cell>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/innhold/veileder/steg/${s.id}`} lang={bokmal}>{s.content.nb.title}</RouterLink></Link>
                    <div className="samla-muted samla-guide-key">{s.key}</div>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={s.kind === 'decision' ? 'warning' : s.kind === 'start' ? 'success' : 'neutral'}>
                      {t(`contentGuide.kinds.${s.kind}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {s.choices.length === 0 ? (
                      <span className="samla-muted">{t('contentGuide.noChoices')}</span>
                    ) : (
                      <ul className="samla-plain-list">
                        {s.choices.map((c, i) => (
                          <li key={`${c.to}-${i}`}>{choice(c.label.nb, c.to)}</li>
                        ))}
                      </ul>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {s.documentIds.length > 0 ? t('contentGuide.documentsCount', { count: s.documentIds.length }) : t('contentGuide.documentsNone')}
                  </Table.Cell>
                  <Table.Cell>
                    {list.format([t('contentGuide.languageNames.nb'), ...translations.filter((l) => s.content[l] !== null).map((l) => t(`contentGuide.languageNames.${l}`))])}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
