import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../../contracts/reports.js';
import { fieldId, toContent, toForm } from './report-form.js';

const content: ReportContent = {
  child: { phone: '', informed: null, notInformedReason: '' },
  guardians: [
    { guardianId: '6d7705de-0ad5-4bf4-b0b2-d09a37825236', name: 'Anne Fjellstad', phone: '45042822', informed: false, notInformedReason: 'Mistanke om vold' },
    { guardianId: null, name: 'Ola Fjellstad', phone: '', informed: true, notInformedReason: '' },
  ],
  reporter: { name: 'Kari Lund', role: 'Kontaktlærer', phone: '35000000', email: 'kari@example.no' },
  unit: { name: 'Lia skole', organisationNumber: '', address: { line1: 'Skolegata 1', postalCode: '9992', city: 'Eksempelby' } },
  message: 'm', history: 'h', otherViews: '', interpreterNeed: '', otherServices: '',
};

describe('report form values', () => {
  it('round-trips the content, «not answered» included', () => {
    const form = toForm(content);
    expect(form.child.informed).toBe('');
    expect(form.guardians.map((g) => g.informed)).toEqual(['false', 'true']);
    expect(toContent(form)).toEqual(content);
  });

  it('drops a reason left over from «not informed» once the answer is «informed»', () => {
    const form = toForm(content);
    form.guardians[0]!.informed = 'true';
    form.child = { phone: '', informed: 'true', notInformedReason: 'skrevet før svaret ble endret' };
    expect(toContent(form).guardians[0]).toMatchObject({ informed: true, notInformedReason: '' });
    expect(toContent(form).child).toEqual({ phone: '', informed: true, notInformedReason: '' });
  });
});

describe('fieldId', () => {
  it('names the input of a missing field the same whether the path comes from the report or from a 400', () => {
    expect(fieldId('content.guardians.0.notInformedReason')).toBe('report-guardians-0-notInformedReason');
    expect(fieldId('body.content.reporter.email')).toBe('report-reporter-email');
    expect(fieldId('unit.address.line1')).toBe('report-unit-address-line1');
  });
});
