import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../../contracts/cases.js';
import type { CreateReportRequest, createReportResponse } from '../../../contracts/reports.js';
import type { z } from 'zod';
import { api } from '../../api/client.js';
import { isResident, writesAsStaff } from './case-roles.js';
import { PanelErrorAlert } from './panel-errors.js';
import { unitWords } from '../../components/unit-types.js';

/**
 * The case as a PDF for the child's file (the pupil's, at a school), and the way to a report of concern: the server
 * reuses an unsent draft from this case, so pressing twice does not make two.
 */
export function ExportSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: CreateReportRequest) => api<z.infer<typeof createReportResponse>>('/api/reports', { method: 'POST', body }),
    onSuccess: (report) => navigate(`/bekymringsmeldinger/${report.id}`),
  });
  if (isResident(caseDetail)) return null;

  return (
    <section aria-labelledby="export-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="export-heading">{t('casePanels.report.export.title')}</Heading>
      <div className="samla-stack samla-export-item">
        <Paragraph>{t(`casePanels.report.export.pdfHelp.${unitWords(caseDetail.owningUnit.type)}`)}</Paragraph>
        <div>
          <Button asChild variant="secondary">
            <a href={`/api/cases/${encodeURIComponent(caseDetail.id)}/export.pdf`} download>{t('casePanels.report.export.pdf')}</a>
          </Button>
        </div>
      </div>
      {writesAsStaff(caseDetail) && (
        <div className="samla-stack samla-export-item">
          <Paragraph>{t('casePanels.report.export.reportHelp')}</Paragraph>
          {create.isError && <PanelErrorAlert error={create.error} caseId={caseDetail.id} />}
          <div>
            <Button type="button" loading={create.isPending} onClick={() => create.mutate({ caseId: caseDetail.id })}>
              {t('casePanels.report.export.report')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
