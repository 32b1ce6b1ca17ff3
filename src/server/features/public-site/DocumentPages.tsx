import { documentKinds, type DocumentKind, type PublicDocumentListItem, type PublicDocumentView } from '../../../contracts/library.js';
import { FallbackNotice, fileLabel, Prose, Tags } from './components.js';
import { Layout, LANGUAGES } from './Layout.js';
import { withLanguage } from './urls.js';
import { formatDate, formatFileSize, type PageContext } from './page-context.js';

/** The library: a filter by kind (plain links), the documents grouped by kind. */
export function DocumentsPage({ ctx, municipality, kind, documents }: {
  ctx: PageContext; municipality: string; kind: DocumentKind | null; documents: PublicDocumentListItem[];
}) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const base = urls.documents.split('?')[0]!;
  const groups = documentKinds
    .filter((k) => kind === null || k === kind)
    .map((k) => ({ kind: k, items: documents.filter((d) => d.kind === k) }))
    .filter((g) => g.items.length > 0);
  return (
    <Layout ctx={ctx} title={m.documents.title} description={m.documents.description(municipality)} section="documents" crumbs={[{ label: m.nav.home, href: urls.home }]}>
      <div className="pub-stack">
        <h1 className="ds-heading" data-size="lg">{m.documents.title}</h1>
        <p className="ds-paragraph pub-lead" data-size="lg">{m.documents.intro}</p>
        <nav aria-label={m.documents.filterLabel}>
          <ul className="pub-filter">
            {[null, ...documentKinds].map((k) => (
              <li key={k ?? 'all'}>
                <a className="ds-button" data-size="sm" data-variant={k === kind ? 'primary' : 'secondary'}
                  href={urls.to(base, { type: k ?? undefined })} aria-current={k === kind ? 'page' : undefined}>
                  {k ? m.documentKindsPlural[k] : m.documents.all}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.length === 0 && <div className="ds-alert pub-alert" data-color="info"><p className="ds-paragraph">{m.documents.empty}</p></div>}
        {groups.map((g) => (
          <section key={g.kind} className="pub-section" aria-labelledby={`type-${g.kind}`}>
            <h2 className="ds-heading" data-size="sm" id={`type-${g.kind}`}>{m.documentKindsPlural[g.kind]}</h2>
            <ul className="pub-results">
              {g.items.map((d) => {
                const file = fileLabel(ctx, d.fileType);
                return (
                  <li key={d.slug}>
                    <article className="ds-card pub-card">
                      <h3 className="ds-heading" data-size="xs" lang={ctx.langIfOther(d.language)}><a className="ds-link" href={urls.document(d.slug)}>{d.title}</a></h3>
                      {d.summary && <p className="ds-paragraph" data-size="md" lang={ctx.langIfOther(d.language)}>{d.summary}</p>}
                      <Tags items={[m.documentKinds[d.kind], m.documents.version(d.versionNo), m.documents.published(formatDate(ctx.lang, d.publishedAt)), ...(file ? [file] : [])]} />
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

/** A published version: the current one, or an older one clearly marked with the way to the current. */
export function DocumentPage({ ctx, doc }: { ctx: PageContext; doc: PublicDocumentView }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const file = doc.file ? `${fileLabel(ctx, doc.file.type)}, ${formatFileSize(ctx.lang, doc.file.size)}` : null;
  const published = formatDate(ctx.lang, doc.publishedAt);
  const contentLang = ctx.langIfOther(doc.language);
  const others = LANGUAGES.filter((l) => l.code !== doc.language && doc.languages.includes(l.code));
  const documentPath = urls.document(doc.slug).split('?')[0]!;
  return (
    <Layout
      ctx={ctx}
      title={doc.isCurrent ? doc.title : `${doc.title} (${m.documents.version(doc.versionNo)})`}
      description={doc.summary || m.documents.description(ctx.tenant?.name ?? '')}
      section="documents"
      crumbs={[{ label: m.nav.home, href: urls.home }, { label: m.nav.documents, href: urls.documents }]}
    >
      <article className="pub-narrow pub-stack">
        {!doc.isCurrent && (
          // Before the h1, so not a heading: the outline starts with the document's own title.
          <div className="ds-alert pub-alert" data-color="warning">
            <p className="ds-paragraph"><strong>{m.documents.olderTitle}</strong></p>
            <p className="ds-paragraph">{m.documents.olderText(doc.versionNo, published)}</p>
            <p className="ds-paragraph"><a className="ds-link" href={urls.document(doc.slug)}>{m.documents.current}</a></p>
          </div>
        )}
        {/* A version is written in one language: the page's, else the main language's (public-site.service). */}
        <FallbackNotice ctx={ctx} contentLanguage={doc.language} />
        <p className="pub-kind"><span className="ds-tag" data-color="accent">{m.documentKinds[doc.kind]}</span></p>
        <h1 className="ds-heading" data-size="lg" lang={contentLang}>{doc.title}</h1>
        <p className="ds-paragraph pub-muted" data-size="sm">{m.documents.version(doc.versionNo)} · {m.documents.published(published)}</p>
        {doc.summary && <p className="ds-paragraph pub-lead" data-size="lg" lang={contentLang}>{doc.summary}</p>}
        {others.length > 0 && (
          <p className="ds-paragraph" data-size="sm">
            {m.documents.alsoIn}{' '}
            {others.map((l, i) => (
              <span key={l.code}>
                {i > 0 && ', '}
                <a className="ds-link" href={withLanguage(documentPath, {}, l.code)} lang={l.code} hrefLang={l.code}>{l.name}</a>
              </span>
            ))}
          </p>
        )}
        {doc.file && file && (
          <p>
            <a className="ds-button" data-variant="primary" href={urls.documentFile(doc.slug, doc.versionNo)} download={doc.file.name}>
              {doc.isCurrent ? m.documents.download(file) : m.documents.downloadVersion(doc.versionNo, file)}
            </a>
          </p>
        )}
        {/* Not a heading: the body after it would read as part of «Hva er endret». */}
        {doc.changeNote && (
          <div className="pub-who">
            <p className="ds-paragraph"><strong>{m.documents.changeNote}</strong></p>
            <p className="ds-paragraph" lang={contentLang}>{doc.changeNote}</p>
          </div>
        )}
        <div lang={contentLang}><Prose html={doc.bodyHtml} /></div>
        {doc.versions.length > 1 && (
          <section className="pub-section" aria-labelledby="versjoner">
            <h2 className="ds-heading" data-size="sm" id="versjoner">{m.documents.versionsTitle}</h2>
            <p className="ds-paragraph" data-size="sm">{m.documents.versionsText}</p>
            <div className="pub-table-scroll">
              <table className="ds-table pub-table" data-size="sm">
                <thead>
                  <tr><th scope="col">{m.documents.versionColumn}</th><th scope="col">{m.documents.dateColumn}</th><th scope="col">{m.documents.noteColumn}</th></tr>
                </thead>
                <tbody>
                  {doc.versions.map((v, i) => (
                    <tr key={v.versionNo}>
                      <td>
                        {v.versionNo === doc.versionNo ? (
                          <span aria-current="page">{m.documents.version(v.versionNo)}</span>
                        ) : (
                          <a className="ds-link" href={v.versionNo === doc.defaultVersionNo ? urls.document(doc.slug) : urls.documentVersion(doc.slug, v.versionNo)}>{m.documents.version(v.versionNo)}</a>
                        )}
                        {i === 0 && <> ({m.documents.currentMark})</>}
                      </td>
                      <td>{formatDate(ctx.lang, v.publishedAt)}</td>
                      <td lang={contentLang}>{v.changeNote}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
        <p className="ds-paragraph"><a className="ds-link" href={urls.documents}>{m.documents.back}</a></p>
      </article>
    </Layout>
  );
}
