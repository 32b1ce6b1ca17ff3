import { describe, expect, it } from 'vitest';
import { attachmentDisposition, matchesMagicBytes, sanitiseFileName } from './document-files.js';

describe('scanned-form files', () => {
  it('accepts a file only when its first bytes match the declared type', () => {
    expect(matchesMagicBytes('application/pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(matchesMagicBytes('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(matchesMagicBytes('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(matchesMagicBytes('image/png', Buffer.from('%PDF-1.7\n'))).toBe(false);
    expect(matchesMagicBytes('application/pdf', Buffer.from('%PD'))).toBe(false);
    expect(matchesMagicBytes('image/jpeg', Buffer.alloc(0))).toBe(false);
  });

  it('decodes, strips folders and unsafe characters, and bounds the length of file names', () => {
    expect(sanitiseFileName(encodeURIComponent('Samtykke Ærlig Øye.pdf'), 'application/pdf')).toBe('Samtykke Ærlig Øye.pdf');
    expect(sanitiseFileName('..\\..\\windows\\evil.pdf', 'application/pdf')).toBe('evil.pdf');
    expect(sanitiseFileName('a/b/../c<d>"e"\u0007.png', 'image/png')).toBe('cde.png');
    expect(sanitiseFileName('   ', 'image/jpeg')).toBe('skjema.jpg');
    expect(sanitiseFileName(undefined, 'application/pdf')).toBe('skjema.pdf');
    expect(sanitiseFileName('%E0%A4%A', 'application/pdf')).toBe('%E0%A4%A');
    const long = sanitiseFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('sends the name as an attachment with an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Skjema å.pdf')).toBe(`attachment; filename="Skjema _.pdf"; filename*=UTF-8''Skjema%20%C3%A5.pdf`);
  });
});
