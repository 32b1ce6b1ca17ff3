import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isMunicipalityNumber } from '../../../contracts/catalogue-fields.js';
import { isPhone, isWebUrl, MAX_CONTACT_PERSONS, MAX_LINKS, MAX_PHONES, type ServiceFormValues } from './form-values.js';

/**
 * Phone numbers with labels, e-mail and address (opening hours are text, in each language),
 * contact persons, an inter-municipal provider, then links.
 */
export function ServiceContactFields({ form }: { form: UseFormReturn<ServiceFormValues> }) {
  const { t } = useTranslation();
  const { register, control, getValues, formState: { errors } } = form;
  const links = useFieldArray({ control, name: 'links' });
  const phones = useFieldArray({ control, name: 'phones' });
  const persons = useFieldArray({ control, name: 'contactPersons' });
  const interMunicipal = form.watch('interMunicipal');
  const optional = (test: (v: string) => boolean, message: string) => (v: string) => v.trim() === '' || test(v.trim()) || message;

  return (
    <>
      <section aria-labelledby="service-contact-fields" className="samla-stack">
        <Heading level={2} data-size="sm" id="service-contact-fields">{t('contentServices.contact.title')}</Heading>
        <div className="samla-form">
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
        <Heading level={3} data-size="xs">{t('catalogue.fields.editor.phonesTitle')}</Heading>
        {phones.fields.map((field, i) => (
          <Fieldset key={field.id} className="samla-content-link">
            <Fieldset.Legend>{t('catalogue.fields.editor.phoneItem', { n: i + 1 })}</Fieldset.Legend>
            <div className="samla-role-row">
              <Textfield
                label={t('catalogue.fields.editor.phoneNumber')}
                description={t('catalogue.fields.editor.phoneNumberHelp')}
                type="tel"
                autoComplete="off"
                {...register(`phones.${i}.number`, { validate: (v) => isPhone(v) || t('catalogue.fields.editor.errors.phone') })}
                error={errors.phones?.[i]?.number?.message}
              />
              <Textfield
                label={t('catalogue.fields.editor.phoneLabel')}
                autoComplete="off"
                maxLength={80}
                {...register(`phones.${i}.label`)}
              />
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => phones.remove(i)}>
                {t('catalogue.fields.editor.removePhone', { n: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        {phones.fields.length < MAX_PHONES && (
          <div>
            <Button type="button" variant="secondary" onClick={() => phones.append({ number: '', label: '' }, { focusName: `phones.${phones.fields.length}.number` })}>
              {t('catalogue.fields.editor.addPhone')}
            </Button>
          </div>
        )}
      </section>
      <section aria-labelledby="service-persons-fields" className="samla-stack">
        <Heading level={2} data-size="sm" id="service-persons-fields">{t('catalogue.fields.editor.personsTitle')}</Heading>
        {persons.fields.map((field, i) => (
          <Fieldset key={field.id} className="samla-content-link">
            <Fieldset.Legend>{t('catalogue.fields.editor.personItem', { n: i + 1 })}</Fieldset.Legend>
            <div className="samla-form">
              <Textfield
                label={t('catalogue.fields.editor.personName')}
                autoComplete="off"
                maxLength={120}
                {...register(`contactPersons.${i}.name`, { validate: (v) => v.trim().length >= 2 || t('catalogue.fields.editor.errors.name') })}
                error={errors.contactPersons?.[i]?.name?.message}
              />
              <Textfield label={t('catalogue.fields.editor.personRole')} autoComplete="off" maxLength={120} {...register(`contactPersons.${i}.role`)} />
              <Textfield
                label={t('catalogue.fields.editor.personPhone')}
                type="tel"
                autoComplete="off"
                {...register(`contactPersons.${i}.phone`, { validate: optional(isPhone, t('catalogue.fields.editor.errors.phone')) })}
                error={errors.contactPersons?.[i]?.phone?.message}
              />
              <Textfield
                label={t('catalogue.fields.editor.personEmail')}
                type="email"
                autoComplete="off"
                {...register(`contactPersons.${i}.email`, { validate: optional((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 200, t('contentServices.errors.email')) })}
                error={errors.contactPersons?.[i]?.email?.message}
              />
              <div>
                <Button type="button" variant="tertiary" data-color="danger" onClick={() => persons.remove(i)}>
                  {t('catalogue.fields.editor.removePerson', { n: i + 1 })}
                </Button>
              </div>
            </div>
          </Fieldset>
        ))}
        {persons.fields.length < MAX_CONTACT_PERSONS && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => persons.append({ name: '', role: '', phone: '', email: '' }, { focusName: `contactPersons.${persons.fields.length}.name` })}
            >
              {t('catalogue.fields.editor.addPerson')}
            </Button>
          </div>
        )}
        <Checkbox label={t('catalogue.fields.editor.interMunicipal')} {...register('interMunicipal')} />
        {interMunicipal && (
          <div className="samla-form">
            <Textfield
              label={t('catalogue.fields.editor.interMunicipalName')}
              autoComplete="off"
              maxLength={200}
              {...register('interMunicipalName', { validate: (v) => !getValues('interMunicipal') || v.trim().length >= 2 || t('catalogue.fields.editor.errors.name') })}
              error={errors.interMunicipalName?.message}
            />
            <Textfield
              label={t('catalogue.fields.editor.hostNumber')}
              description={t('catalogue.fields.editor.hostNumberHelp')}
              inputMode="numeric"
              autoComplete="off"
              size={6}
              maxLength={4}
              {...register('hostMunicipalityNumber', {
                validate: (v) => !getValues('interMunicipal') || isMunicipalityNumber(v.trim()) || t('catalogue.fields.editor.errors.municipalityNumber'),
              })}
              error={errors.hostMunicipalityNumber?.message}
            />
            <Textfield
              label={t('catalogue.fields.editor.hostName')}
              autoComplete="off"
              maxLength={100}
              {...register('hostMunicipalityName', { validate: (v) => !getValues('interMunicipal') || v.trim().length >= 2 || t('catalogue.fields.editor.errors.name') })}
              error={errors.hostMunicipalityName?.message}
            />
          </div>
        )}
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
