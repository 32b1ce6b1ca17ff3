import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isWebUrl, MAX_LINKS, PHONE_PATTERN, type ServiceFormValues } from './form-values.js';

/** Phone, e-mail and address (opening hours are text, in each language), then links. */
export function ServiceContactFields({ form }: { form: UseFormReturn<ServiceFormValues> }) {
  const { t } = useTranslation();
  const { register, control, getValues, formState: { errors } } = form;
  const links = useFieldArray({ control, name: 'links' });
  const optional = (test: (v: string) => boolean, message: string) => (v: string) => v.trim() === '' || test(v.trim()) || message;

  return (
    <>
      <section aria-labelledby="service-contact-fields" className="samla-stack">
        <Heading level={2} data-size="sm" id="service-contact-fields">{t('contentServices.contact.title')}</Heading>
        <div className="samla-form">
          <Textfield
            label={t('contentServices.contact.phone')}
            description={t('contentServices.contact.phoneHelp')}
            type="tel"
            autoComplete="off"
            {...register('phone', { validate: optional((v) => PHONE_PATTERN.test(v), t('contentServices.errors.phone')) })}
            error={errors.phone?.message}
          />
          <Textfield
            label={t('contentServices.contact.email')}
            type="email"
            autoComplete="off"
            {...register('email', { validate: optional((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 200, t('contentServices.errors.email')) })}
            error={errors.email?.message}
          />
          <Textfield
            label={t('contentServices.contact.address')}
            multiline
            rows={2}
            {...register('address', { validate: (v) => v.trim().length <= 300 || t('contentServices.errors.too_long', { max: 300 }) })}
            error={errors.address?.message}
          />
        </div>
      </section>
      <section aria-labelledby="service-links-fields" className="samla-stack">
        <Heading level={2} data-size="sm" id="service-links-fields">{t('contentServices.links.title')}</Heading>
        <Paragraph>{t('contentServices.links.intro')}</Paragraph>
        {links.fields.map((field, i) => (
          <Fieldset key={field.id} className="samla-content-link">
            <Fieldset.Legend>{t('contentServices.links.item', { n: i + 1 })}</Fieldset.Legend>
            <div className="samla-role-row">
              <Textfield
                label={t('contentServices.links.label')}
                autoComplete="off"
                {...register(`links.${i}.label`, {
                  validate: (v) => {
                    if (v.trim().length > 120) return t('contentServices.errors.too_long', { max: 120 });
                    return v.trim() !== '' || getValues(`links.${i}.url`).trim() === '' || t('contentServices.errors.required');
                  },
                })}
                error={errors.links?.[i]?.label?.message}
              />
              <Textfield
                label={t('contentServices.links.url')}
                description={t('contentServices.links.urlHelp')}
                type="url"
                autoComplete="off"
                {...register(`links.${i}.url`, {
                  validate: (v) => {
                    if (v.trim() === '') return getValues(`links.${i}.label`).trim() === '' || t('contentServices.errors.url');
                    return (isWebUrl(v) && v.trim().length <= 500) || t('contentServices.errors.url');
                  },
                })}
                error={errors.links?.[i]?.url?.message}
              />
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => links.remove(i)}>
                {t('contentServices.links.remove', { n: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        {links.fields.length < MAX_LINKS && (
          <div>
            <Button type="button" variant="secondary" onClick={() => links.append({ label: '', url: '' }, { focusName: `links.${links.fields.length}.label` })}>
              {t('contentServices.links.add')}
            </Button>
          </div>
        )}
      </section>
    </>
  );
}
