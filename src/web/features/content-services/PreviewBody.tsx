import { Alert, Dialog, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../contracts/content.js';
import { ServiceArticle } from '../../components/ServiceArticle.js';
import type { ServiceFormValues } from './form-values.js';
import { previewService } from './preview.js';

/** The service's name is an h3 in the dialog (under its h2): its sections h4, their texts' headings h5. */
const LEVEL = 3;

/**
 * The preview's content: loaded with markdown-it and DOMPurify only when the preview opens, so
 * that the editor does not carry them.
 */
export function PreviewBody(props: { values: ServiceFormValues; lang: ContentLanguage; unitName: string | null }) {
  const { t } = useTranslation();
  const service = previewService(props.values, props.lang, props.unitName, LEVEL + 2);
  return (
    <>
      {service.language !== props.lang && (
        <Dialog.Block>
          <Alert data-color="info"><Paragraph>{t('contentServices.preview.fallback')}</Paragraph></Alert>
        </Dialog.Block>
      )}
      <Dialog.Block><ServiceArticle service={service} level={LEVEL} /></Dialog.Block>
    </>
  );
}
