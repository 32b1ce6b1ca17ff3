import './service-article.css';
import '../i18n/features/catalogue.js';
import { Fragment } from 'react';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../contracts/catalogue.js';
import { useAgeText } from './age-text.js';
import { SafeHtml } from './SafeHtml.js';
import { useTextLang } from './content-lang.js';

/** An e-mail address that may wrap after its @ and before its dots only, never inside a word. */
function breakableEmail(email: string) {
  return email.split(/(?=\.)|(?<=@)/).map((part, i) => (i === 0 ? part : <Fragment key={i}><wbr />{part}</Fragment>));
}

export type ArticleService = Omit<ServiceView, 'id' | 'slug' | 'publishedAt'>;
type Level = 1 | 2 | 3 | 4;

/**
 * One service as a reader sees it: the staff catalogue's page and the editor's preview, so that
 * the preview shows what staff will read. `level` is the service name's heading level; its
 * sections follow one below. The service's own texts carry their language (`lang`), which may
 * be bokmål where the page is in nynorsk or English.
 */
export function ServiceArticle({ service: s, level }: { service: ArticleService; level: Level }) {
  const { t } = useTranslation();
  const textLang = useTextLang();
  const ageText = useAgeText();
  const sub = (level + 1) as Level | 5;
  const sections = [
    { key: 'whoWeAre', title: t('catalogue.service.whoWeAre'), html: s.whoWeAreHtml },
    { key: 'whatWeOffer', title: t('catalogue.service.whatWeOffer'), html: s.whatWeOfferHtml },
    { key: 'targetGroup', title: t('catalogue.service.targetGroup'), html: s.targetGroupHtml },
    { key: 'howToGetHelp', title: t('catalogue.service.howToGetHelp'), html: s.howToGetHelpHtml },
  ].filter((section) => section.html.trim() !== '');
  const hasContact = s.phones.length > 0 || s.email || s.address || s.openingHours;
  const tel = (n: string) => `tel:${n.replace(/[\s-]/g, '')}`;
  // Phone labels and roles are written once, in bokmål.
  const written = s.language === 'nb' ? undefined : 'nb';

  return (
    <article className="samla-service">
      <header className="samla-stack">
        {/* The editor's preview of a translation begun without a name: no empty heading. */}
        {s.name.trim() !== '' && <Heading level={level} data-size={level === 1 ? 'lg' : 'md'} lang={textLang(s.language)}>{s.name}</Heading>}
        <Paragraph data-size="lg" lang={textLang(s.language)}>{s.summary}</Paragraph>
        <dl className="samla-facts">
          {s.unitName && (<><dt>{t('catalogue.service.provider')}</dt><dd>{s.unitName}</dd></>)}
          {s.interMunicipal && (
            <>
              <dt>{t('catalogue.fields.interMunicipal')}</dt>
              <dd>
                {s.interMunicipal.name}
                <br />
                {t('catalogue.fields.host', { name: s.interMunicipal.hostMunicipalityName, number: s.interMunicipal.hostMunicipalityNumber })}
              </dd>
            </>
          )}
          <dt>{t('catalogue.service.type')}</dt>
          <dd>{t(`catalogue.types.${s.serviceType}`)}</dd>
          {s.ageFrom !== null && s.ageTo !== null && (<><dt>{t('catalogue.service.ages')}</dt><dd>{ageText(s.ageFrom, s.ageTo)}</dd></>)}
          {s.targetGroups.length > 0 && (
            <><dt>{t('catalogue.fields.targetGroupsTitle')}</dt><dd>{s.targetGroups.map((g) => t(`catalogue.fields.targetGroups.${g}`)).join(', ')}</dd></>
          )}
          {s.referrers.length > 0 && (
            <><dt>{t('catalogue.fields.referrersTitle')}</dt><dd>{s.referrers.map((r) => t(`catalogue.fields.referrers.${r}`)).join(', ')}</dd></>
          )}
          {s.cost && (
            <>
              <dt>{t('catalogue.fields.cost')}</dt>
              <dd>{t(`catalogue.fields.costs.${s.cost}`)}{s.costText && <span lang={s.language}>{`: ${s.costText}`}</span>}</dd>
            </>
          )}
          {s.needs.length > 0 && (
            <>
              <dt>{t('catalogue.service.needs')}</dt>
              <dd>
                <ul className="samla-tag-list">
                  {s.needs.map((n) => <li key={n}><Tag data-size="sm" data-color="neutral">{t(`catalogue.needs.${n}`)}</Tag></li>)}
                </ul>
              </dd>
            </>
          )}
        </dl>
        <Paragraph>
          <Tag data-color={s.selfReferral ? 'success' : 'neutral'}>
            {s.selfReferral ? t('catalogue.service.selfReferral') : t('catalogue.service.referralNeeded')}
          </Tag>
          {s.dropIn && <> <Tag data-color="info">{t('catalogue.fields.dropIn')}</Tag></>}
        </Paragraph>
      </header>
      <div className="samla-service__body">
        <div className="samla-stack samla-service__text" lang={textLang(s.language)}>
          {sections.map((section) => (
            <section key={section.key} className="samla-stack" aria-labelledby={`service-${section.key}`}>
              <Heading level={sub} data-size="sm" id={`service-${section.key}`}>{section.title}</Heading>
              <SafeHtml html={section.html} className="samla-rich-text" />
            </section>
          ))}
        </div>
        {(hasContact || s.contactPersons.length > 0 || s.links.length > 0) && (
          <Card data-color="neutral" className="samla-service__contact">
            {hasContact && (
              <section className="samla-stack" aria-labelledby="service-contact">
                <Heading level={sub} data-size="xs" id="service-contact">{t('catalogue.service.contact')}</Heading>
                <dl className="samla-facts samla-facts--stacked">
                  {s.phones.length > 0 && (
                    <>
                      <dt>{t('catalogue.service.phone')}</dt>
                      {s.phones.map((p) => (
                        <dd key={p.number}>{p.label && <span lang={written}>{p.label}: </span>}<Link data-color="accent" href={tel(p.number)}>{p.number}</Link></dd>
                      ))}
                    </>
                  )}
                  {s.email && (<><dt>{t('catalogue.service.email')}</dt><dd><Link data-color="accent" href={`mailto:${s.email}`}>{breakableEmail(s.email)}</Link></dd></>)}
                  {s.address && (<><dt>{t('catalogue.service.address')}</dt><dd className="samla-prewrap">{s.address}</dd></>)}
                  {s.openingHours && (
                    <><dt>{t('catalogue.service.openingHours')}</dt><dd className="samla-prewrap" lang={textLang(s.language)}>{s.openingHours}</dd></>
                  )}
                </dl>
              </section>
            )}
            {s.contactPersons.length > 0 && (
              <section className="samla-stack" aria-labelledby="service-persons">
                <Heading level={sub} data-size="xs" id="service-persons">{t('catalogue.fields.contactPersons')}</Heading>
                <ul className="samla-plain-list">
                  {s.contactPersons.map((p) => (
                    <li key={`${p.name}-${p.role}`}>
                      <strong>{p.name}</strong>{p.role && <span lang={written}>{`, ${p.role}`}</span>}
                      {p.phone && <><br /><Link data-color="accent" href={tel(p.phone)}>{p.phone}</Link></>}
                      {p.email && <><br /><Link data-color="accent" href={`mailto:${p.email}`}>{breakableEmail(p.email)}</Link></>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {s.links.length > 0 && (
              <section className="samla-stack" aria-labelledby="service-links">
                <Heading level={sub} data-size="xs" id="service-links">{t('catalogue.service.links')}</Heading>
                <ul className="samla-plain-list">
                  {s.links.map((l) => (
                    <li key={`${l.url}-${l.label}`}><Link data-color="accent" href={l.url} rel="noopener noreferrer">{l.label}</Link></li>
                  ))}
                </ul>
              </section>
            )}
          </Card>
        )}
      </div>
    </article>
  );
}
