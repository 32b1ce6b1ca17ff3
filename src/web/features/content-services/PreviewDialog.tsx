import { lazy, Suspense, useState } from 'react';
import { Dialog, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../contracts/content.js';
import { Loading } from '../../components/Loading.js';
import { languages, type ServiceFormValues } from './form-values.js';

// markdown-it and DOMPurify come with the preview, when it first opens.
const PreviewBody = lazy(() => import('./PreviewBody.js').then((m) => ({ default: m.PreviewBody })));

/**
 * The page as residents will read it, built from the form as it is now (saved or not). It
 * stays mounted so that closing gives focus back to the button that opened it.
 */
export function PreviewDialog(props: {
  open: boolean;
  onClose: () => void;
  values: () => ServiceFormValues;
  unitName: string | null;
  initialLanguage: ContentLanguage;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<ContentLanguage | null>(null);
  const shown = lang ?? props.initialLanguage;
  const close = () => {
    setLang(null);
    props.onClose();
  };

  return (
    <Dialog open={props.open} onClose={close} modal closeButton={t('contentServices.preview.close')} aria-labelledby="preview-heading" className="samla-content-preview">
      <Dialog.Block className="samla-stack">
        <Heading level={2} data-size="sm" id="preview-heading">{t('contentServices.preview.title')}</Heading>
        <Paragraph data-size="sm">{t('contentServices.preview.intro')}</Paragraph>
        <Field className="samla-content-preview__language">
          <Label>{t('contentServices.preview.language')}</Label>
          <Select value={shown} onChange={(e) => setLang(e.target.value as ContentLanguage)}>
            {languages.map((l) => <Select.Option key={l} value={l}>{t(`contentServices.texts.${l}`)}</Select.Option>)}
          </Select>
        </Field>
      </Dialog.Block>
      {props.open && (
        <Suspense fallback={<Dialog.Block><Loading /></Dialog.Block>}>
          <PreviewBody values={props.values()} lang={shown} unitName={props.unitName} />
        </Suspense>
      )}
    </Dialog>
  );
}
