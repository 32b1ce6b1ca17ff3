import { createElement } from 'react';
import { renderWithQueryClient } from './test-render.js';
import { describe, expect, it } from 'vitest';
import { ServiceArticle, type ArticleService } from './ServiceArticle.js';

/**
 * The staff catalogue's service page and the editor's preview (issue 9, item 7): a service
 * without any contact details has no contact card with an empty «Kontakt» heading. Rendered
 * without translations loaded (headings show as their keys) and without texts (DOMPurify needs a browser).
 */
const service = (over: Partial<ArticleService> = {}): ArticleService => ({
  unitName: null, serviceType: 'health', ageFrom: 13, ageTo: 25, targetGroups: [], needs: [], referrers: ['self'], selfReferral: true,
  cost: null, dropIn: false, language: 'nb', name: 'Ungdomsklinikken', summary: 'For ungdom.', whoWeAreHtml: '', whatWeOfferHtml: '',
  targetGroupHtml: '', howToGetHelpHtml: '', openingHours: '', costText: '', phones: [], contactPersons: [], interMunicipal: null,
  email: null, address: null, links: [], ...over,
});
const render = (s: ArticleService) => renderWithQueryClient(createElement(ServiceArticle, { service: s, level: 1 }));

describe('ServiceArticle', () => {
  it('has no contact card when there is nothing to contact', () => {
    const html = render(service());
    expect(html).not.toContain('id="service-contact"');
    expect(html).not.toContain('catalogue.service.contact');
  });

  it('shows every phone number with its label, and contact persons, under the contact heading', () => {
    const html = render(service({
      phones: [{ number: '22 33 44 55', label: 'Sentralbord' }, { number: '+46 8 123 456 78', label: '' }],
      contactPersons: [{ name: 'Kari Nordmann', role: 'Helsesykepleier', phone: null, email: null }],
    }));
    expect(html).toContain('id="service-contact"');
    expect(html).toContain('href="tel:22334455"');
    expect(html).toContain('Sentralbord: ');
    expect(html).toContain('href="tel:+46812345678"');
    expect(html).toContain('Kari Nordmann');
  });

  it('has a card with only the contact persons, without an empty contact list', () => {
    const html = render(service({ contactPersons: [{ name: 'Kari Nordmann', role: '', phone: null, email: null }] }));
    expect(html).not.toContain('id="service-contact"');
    expect(html).toContain('id="service-persons"');
  });
});
