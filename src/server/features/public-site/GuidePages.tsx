import type { GuideChoiceList, GuideOverview, GuideStepView } from '../../../contracts/guide.js';
import { levelTextIn, type Level } from '../../../contracts/levels.js';
import { fileLabel, FallbackNotice, Prose } from './components.js';
import { Layout } from './Layout.js';
import type { PageContext } from './page-context.js';
import type { PublicUrls } from './urls.js';

/** A level as the municipality names it, in the page's language or bokmål (with its `lang` then). */
function levelIn(ctx: PageContext, levels: readonly Level[], n: number) {
  const l = levels.find((x) => x.number === n) ?? levels[0];
  if (!l) return { name: '', title: '', text: '', lang: undefined };
  const { text, language } = levelTextIn(l, ctx.lang);
  return { name: text.name, title: text.title, text: text.description, lang: ctx.langAttr(language) };
}

type DocumentRef = GuideOverview['tools'][number];

function ToolList({ ctx, urls, tools }: { ctx: PageContext; urls: PublicUrls; tools: DocumentRef[] }) {
  return (
    <ul className="pub-tool-list">
      {tools.map((d) => {
        const file = fileLabel(ctx, d.fileType);
        return (
          <li key={d.slug}>
            <a className="ds-link" href={urls.document(d.slug)} lang={ctx.langIfOther(d.language)}>{d.title}</a>
            <span className="pub-muted"> – {ctx.m.documentKinds[d.kind as keyof typeof ctx.m.documentKinds] ?? d.kind}{file ? `, ${file}` : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The common entry: the municipality's guides (for schools, for kindergartens, …) to choose among. */
export function GuideChooserPage({ ctx, municipality, guides }: { ctx: PageContext; municipality: string; guides: GuideChoiceList }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  return (
    <Layout ctx={ctx} title={m.guide.title} description={m.guide.description(municipality)} section="guide" crumbs={[{ label: m.nav.home, href: urls.home }]}>
      <div className="pub-stack pub-narrow">
        <h1 className="ds-heading" data-size="lg">{m.guide.title}</h1>
        <p className="ds-paragraph pub-lead" data-size="lg">{m.guide.intro}</p>
        {guides.length === 0 ? (
          <div className="ds-alert pub-alert" data-color="info"><p className="ds-paragraph">{m.guide.empty}</p></div>
        ) : (
          <section className="pub-section" aria-labelledby="velg-veileder">
            <h2 className="ds-heading" data-size="md" id="velg-veileder">{m.guide.chooseGuide}</h2>
            <ul className="pub-guide-list">
              {guides.map((g) => (
                <li key={g.slug} className="ds-card pub-level">
                  <h3 className="ds-heading" data-size="xs">
                    <a className="ds-link" href={urls.guideOverview(g.slug)} lang={ctx.langAttr(g.nameLanguage)}>{g.name}</a>
                  </h3>
                  {g.audience && <p className="ds-paragraph" data-size="sm" lang={ctx.langAttr(g.audienceLanguage)}>{g.audience}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Layout>
  );
}

/** The guide at a glance: the way in («Hva gjør jeg nå?»), the levels with their steps, the tools. */
export function GuidePage({ ctx, municipality, guide, levels: model }: { ctx: PageContext; municipality: string; guide: GuideOverview; levels: Level[] }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const levels = model.map(({ number: level }) => ({ level, steps: guide.levels.find((l) => l.level === level)?.steps ?? [] }));
  const empty = guide.levels.every((l) => l.steps.length === 0);
  // Said once when any title is shown in bokmål; each such title carries lang="nb".
  // Said once when any title is shown in another language than the page's; each such title carries its lang.
  const fallback = guide.levels.flatMap((l) => l.steps).map((s) => ctx.textLang(s.language)).find((l) => l !== ctx.lang) ?? ctx.lang;
  const slug = guide.guide?.slug ?? '';
  const name = guide.guide?.name ?? m.guide.title;
  const nameLang = guide.guide ? ctx.langAttr(guide.guide.nameLanguage) : undefined;
  const audienceLang = guide.guide ? ctx.langAttr(guide.guide.audienceLanguage) : undefined;
  return (
    <Layout ctx={ctx} title={name} description={m.guide.description(municipality)} section="guide"
      crumbs={[{ label: m.nav.home, href: urls.home }, { label: m.guide.title, href: urls.guide }]}>
      <div className="pub-stack pub-narrow">
        <h1 className="ds-heading" data-size="lg" lang={nameLang}>{name}</h1>
        {guide.guide?.audience && <p className="ds-paragraph pub-lead" data-size="lg" lang={audienceLang}>{guide.guide.audience}</p>}
        <p className="ds-paragraph pub-lead" data-size="lg">{m.guide.intro}</p>
        {empty ? (
          <div className="ds-alert pub-alert" data-color="info"><p className="ds-paragraph">{m.guide.empty}</p></div>
        ) : guide.startKey && (
          <div className="pub-start">
            <a className="ds-button pub-start__button" data-variant="primary" data-size="lg" href={urls.guideStep(slug, guide.startKey)}>{m.guide.start}</a>
            <p className="ds-paragraph" data-size="sm">{m.guide.startHelp}</p>
          </div>
        )}
      </div>
      {!empty && (
        <>
          <FallbackNotice ctx={ctx} contentLanguage={fallback} />
          <section className="pub-section" aria-labelledby="nivaer">
            <h2 className="ds-heading" data-size="md" id="nivaer">{m.guide.levelsTitle}</h2>
            <ol className="pub-levels">
              {levels.map(({ level, steps }) => {
                const names = levelIn(ctx, model, level);
                return (
                  <li key={level} className="ds-card pub-level" data-level={Math.min(level, 3)}>
                    <h3 className="ds-heading" data-size="xs" lang={names.lang}>
                      <span className="pub-level__badge">{names.name}</span> {names.title}
                    </h3>
                    {names.text && <p className="ds-paragraph" data-size="sm" lang={names.lang}>{names.text}</p>}
                    {/* Straight to the level's first step (the start has its own button). */}
                    {steps[0] && steps[0].kind !== 'start' && (
                      <p className="ds-paragraph" data-size="sm">
                        <a className="ds-link" href={urls.guideStep(slug, steps[0].key)}><strong>{m.guide.levelStart(names.name)}</strong></a>
                      </p>
                    )}
                    {steps.length > 0 && (
                      <ol className="pub-step-list">
                        {steps.map((s) => (
                          <li key={s.key}>
                            <a className="ds-link" href={urls.guideStep(slug, s.key)} lang={ctx.langAttr(s.language)}>{s.title}</a>
                            {s.kind === 'decision' && <span className="pub-muted"> ({m.guide.kinds.decision.toLowerCase()})</span>}
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
      {guide.tools.length > 0 && (
        <section className="pub-section" aria-labelledby="verktoy">
          <h2 className="ds-heading" data-size="md" id="verktoy">{m.guide.toolsTitle}</h2>
          <p className="ds-paragraph">{m.guide.toolsText}</p>
          <ToolList ctx={ctx} urls={urls} tools={guide.tools} />
        </section>
      )}
    </Layout>
  );
}

/** One step of the path: where you are (level), what to do, who does it, the tools, and the way on. */
export function GuideStepPage({ ctx, step, levels }: { ctx: PageContext; step: GuideStepView; levels: Level[] }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const contentLang = ctx.langAttr(step.language);
  const level = levelIn(ctx, levels, step.level);
  return (
    <Layout
      ctx={ctx}
      title={step.title}
      description={`${level.name}: ${level.title}. ${step.who}`.trim()}
      section="guide"
      crumbs={[{ label: m.nav.home, href: urls.home }, { label: m.guide.title, href: urls.guideOverview(step.guide) }]}
    >
      <div className="pub-narrow pub-stack">
        <LevelProgress ctx={ctx} levels={levels} current={step.level} />
        <FallbackNotice ctx={ctx} contentLanguage={ctx.textLang(step.language)} />
        <div className="pub-stack" lang={contentLang}>
          <p className="pub-kind"><span className="ds-tag" data-color={step.kind === 'decision' ? 'warning' : 'accent'} lang={ctx.lang}>{m.guide.kinds[step.kind]}</span></p>
          <h1 className="ds-heading" data-size="lg">{step.title}</h1>
          {(step.who || step.staffFunction || step.deadlineDays) && (
            // Not a heading: the step's body after it would read as part of «Hvem gjør hva».
            <div className="pub-who">
              {(step.who || step.staffFunction) && <p className="ds-paragraph" lang={ctx.lang}><strong>{m.guide.who}</strong></p>}
              {step.staffFunction && <p className="ds-paragraph" lang={ctx.lang}>{m.guide.staffFunctions[step.staffFunction]}</p>}
              {step.who && <p className="ds-paragraph">{step.who}</p>}
              {step.deadlineDays && (
                <p className="ds-paragraph" lang={ctx.lang}><strong>{m.guide.deadlineLabel}:</strong> {m.guide.deadline(step.deadlineDays)}</p>
              )}
            </div>
          )}
          <Prose html={step.bodyHtml} />
          {step.howHtml && (
            <div className="pub-stack">
              <p className="ds-paragraph" lang={ctx.lang}><strong>{m.guide.how}</strong></p>
              <Prose html={step.howHtml} />
            </div>
          )}
        </div>
        {step.documents.length > 0 && (
          <section className="pub-section" aria-labelledby="steg-verktoy">
            <h2 className="ds-heading" data-size="xs" id="steg-verktoy">{m.guide.stepTools}</h2>
            <ToolList ctx={ctx} urls={urls} tools={step.documents} />
          </section>
        )}
        {step.choices.length > 0 ? (
          <section className="pub-section" aria-labelledby="valg">
            <h2 className="ds-heading" data-size="sm" id="valg">{step.kind === 'decision' ? m.guide.choose : m.guide.next}</h2>
            <ul className="pub-choices">
              {step.choices.map((c) => {
                const to = levelIn(ctx, levels, c.toLevel);
                const where = to.name && c.toLevel !== step.level ? m.guide.leadsTo(to.name) : m.guide.nextStep;
                return (
                  <li key={`${c.to}-${c.label}`}>
                    <a className="ds-button pub-choice" data-variant="secondary" data-size="lg" href={urls.guideStep(step.guide, c.to)}>
                      <span className="pub-choice__label" lang={ctx.langAttr(c.labelLanguage)}>
                        {c.label}<span className="pub-choice__sep">{sentenceEnd(c.label)}</span>
                      </span>{' '}
                      <span className="pub-choice__to">
                        {where} <span lang={ctx.langAttr(c.toLanguage)}>{c.toTitle}</span>
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : (
          <div className="ds-alert pub-alert" data-color="success"><p className="ds-paragraph">{m.guide.end}</p></div>
        )}
        <p className="ds-paragraph"><a className="ds-link" href={urls.guideOverview(step.guide)}>{m.guide.restart}</a></p>
      </div>
    </Layout>
  );
}

/**
 * A choice's label and where it leads are two lines on screen; read as one link name (and without
 * CSS) they need a full stop between them: «Ja, det er grunn til bekymring. Neste: …».
 */
function sentenceEnd(label: string): string {
  return /[.!?…:]$/.test(label.trim()) ? '' : '.';
}

/** Nivå 0–3 as a row, the current one marked; the text says it too, so colour is never the only sign. */
function LevelProgress({ ctx, levels, current }: { ctx: PageContext; levels: Level[]; current: number }) {
  const { m } = ctx;
  const here = levelIn(ctx, levels, current);
  return (
    <div className="pub-progress">
      <p className="ds-paragraph pub-progress__text" data-size="sm">
        {m.guide.youAreOn} <strong lang={here.lang}>{here.name}</strong>: {here.lang ? <span lang={here.lang}>{here.title}</span> : here.title}
      </p>
      <ol className="pub-progress__levels" aria-label={m.guide.levelProgress}>
        {levels.map(({ number: l }) => (
          <li key={l} aria-current={l === current ? 'step' : undefined} data-done={l < current ? 'true' : undefined}>
            <span lang={levelIn(ctx, levels, l).lang}>{levelIn(ctx, levels, l).name}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
