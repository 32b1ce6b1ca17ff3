import { describe, expect, it } from 'vitest';
import { libraryTestApp } from '../helpers/library-api.js';
import { publishedDocumentFile, publishedDocuments } from '../../src/server/features/library/library.service.js';
import { zipOf } from '../helpers/zip.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const DOCX = zipOf([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);
/** The strings a Word document's entries are named by, but as the content of a text file. */
const FAKE_DOCX = zipOf([['notes.txt', '[Content_Types].xml word/document.xml']]);
/** An OpenDocument text's first zip entry: «mimetype», stored, its sizes and name length in the local header. */
const ODT = (() => {
  const mimetype = 'application/vnd.oasis.opendocument.text';
  const header = Buffer.alloc(30, 0);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(mimetype.length, 18);
  header.writeUInt32LE(mimetype.length, 22);
  header.writeUInt16LE(8, 26);
  return Buffer.concat([header, Buffer.from(`mimetype${mimetype}`), Buffer.alloc(80, 3)]);
})();
const ZIP_NOT_WORD = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26, 0), Buffer.from('hello.txt'), Buffer.alloc(50, 1)]);

const { t, f, api, create, draftOf, publish, upload, fileOfVersion } = libraryTestApp();

describe('files', () => {
  it('takes a PDF, hands it back to editors, and after publishing to the public', async () => {
    const doc = await create({ slug: 'samtykke', kind: 'template', body: '' });
    const draft = draftOf(doc);
    const r = await upload(doc.id, draft.id, PDF, 'application/pdf', encodeURIComponent('../Samtykke Ærlig.pdf'));
    expect(r.statusCode).toBe(200);
    expect(draftOf(r.json())).toMatchObject({ file: { name: 'Samtykke Ærlig.pdf', type: 'application/pdf', size: PDF.length }, version: draft.version + 1 });
    const d = await api('GET', `/${doc.id}/versions/${draft.id}/file`);
    expect(d.statusCode).toBe(200);
    expect(d.headers['content-type']).toBe('application/pdf');
    expect(d.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Samtykke Ærlig.pdf')}`);
    expect(d.rawPayload.equals(PDF)).toBe(true);
    expect(await publishedDocumentFile(t.database.db, f.tenantId, 'samtykke', 1)).toBeNull();
    await publish(doc.id, draftOf(r.json()));
    const file = await publishedDocumentFile(t.database.db, f.tenantId, 'samtykke', 1);
    expect(file).toMatchObject({ fileName: 'Samtykke Ærlig.pdf', fileType: 'application/pdf' });
    expect(file!.content.equals(PDF)).toBe(true);
    expect(await publishedDocumentFile(t.database.db, f.tenantId, 'samtykke', 2)).toBeNull();
    expect((await publishedDocuments(t.database.db, f.tenantId, { kind: 'template' })).find((x) => x.slug === 'samtykke')).toMatchObject({ fileType: 'application/pdf', versionNo: 1 });
  });

  it('copies the current version\'s file into a new draft, which can still remove or replace it', async () => {
    const doc = await create({ slug: 'samtykke-kopi', kind: 'template', body: '' });
    const published = (await upload(doc.id, draftOf(doc).id, PDF, 'application/pdf', 'Samtykke.pdf')).json();
    expect((await publish(doc.id, draftOf(published))).statusCode).toBe(200);
    const newDraft = async (body: string) => {
      const r = await api('POST', `/${doc.id}/versions`, { title: 'Samtykke', body });
      expect(r.statusCode).toBe(201);
      return draftOf(r.json());
    };
    const fileOf = async (versionNo: number) => (await publishedDocumentFile(t.database.db, f.tenantId, 'samtykke-kopi', versionNo))?.content;

    // «Change the text, keep the PDF» is one step.
    const v2 = await newDraft('Ny tekst');
    expect(v2).toMatchObject({ versionNo: 2, body: 'Ny tekst', file: { name: 'Samtykke.pdf', type: 'application/pdf', size: PDF.length } });
    expect((await api('GET', `/${doc.id}/versions/${v2.id}/file`)).rawPayload.equals(PDF)).toBe(true);
    expect((await publish(doc.id, v2)).statusCode).toBe(200);
    expect((await fileOf(2))?.equals(PDF)).toBe(true);

    // The copy is the draft's own: replacing or removing it leaves the published versions' files be.
    const v3 = await newDraft('Tredje');
    const replaced = await upload(doc.id, v3.id, ODT, 'application/vnd.oasis.opendocument.text', 'Samtykke.odt');
    expect(draftOf(replaced.json()).file).toMatchObject({ name: 'Samtykke.odt', size: ODT.length });
    const removed = await api('DELETE', `/${doc.id}/versions/${v3.id}/file`);
    expect(draftOf(removed.json()).file).toBeNull();
    expect([(await fileOf(1))?.equals(PDF), (await fileOf(2))?.equals(PDF)]).toEqual([true, true]);
    expect((await publish(doc.id, draftOf(removed.json()))).statusCode).toBe(200);

    // The current version is the one copied from: version 3 has no file, so version 4 starts without one.
    expect((await newDraft('Fjerde')).file).toBeNull();
  });

  it('takes Word and OpenDocument files whose content is what they say, and names a nameless one', async () => {
    const doc = await create({ body: '' });
    const draft = draftOf(doc);
    const docx = await upload(doc.id, draft.id, DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(draftOf(docx.json()).file).toMatchObject({ name: 'dokument.docx', size: DOCX.length });
    const odt = await upload(doc.id, draft.id, ODT, 'application/vnd.oasis.opendocument.text', 'Plan.odt');
    expect(draftOf(odt.json()).file).toMatchObject({ name: 'Plan.odt', type: 'application/vnd.oasis.opendocument.text' });
    const removed = await api('DELETE', `/${doc.id}/versions/${draft.id}/file`);
    expect(removed.statusCode).toBe(200);
    expect(draftOf(removed.json()).file).toBeNull();
    expect((await api('DELETE', `/${doc.id}/versions/${draft.id}/file`)).statusCode).toBe(404);
    expect((await api('GET', `/${doc.id}/versions/${draft.id}/file`)).statusCode).toBe(404);
  });

  it('names a file by its checked type: the user\'s extension, bidi and zero-width characters go, long names are cut whole', async () => {
    const doc = await create({ body: '' });
    const draft = draftOf(doc);
    const nameAfter = async (body: Buffer, type: string, fileName: string) => {
      const r = await upload(doc.id, draft.id, body, type, encodeURIComponent(fileName));
      expect(r.statusCode).toBe(200);
      return draftOf(r.json()).file!.name;
    };
    expect(await nameAfter(PDF, 'application/pdf', 'rapport.html')).toBe('rapport.pdf');
    // U+202E reverses what follows: «Samtykke‮fdp.exe» shows as «Samtykkeexe.pdf».
    expect(await nameAfter(PDF, 'application/pdf', 'Samtykke\u202Efdp.exe')).toBe('Samtykkefdp.pdf');
    expect(await nameAfter(ODT, 'application/vnd.oasis.opendocument.text', 'Plan\u200B.docx')).toBe('Plan.odt');
    expect(await nameAfter(DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Mal.doc')).toBe('Mal.docx');
    // Cut at 200 characters where an emoji's two UTF-16 units straddle the cut: the emoji stays whole.
    const long = await nameAfter(PDF, 'application/pdf', `${'a'.repeat(195)}😀😀😀.pdf`);
    expect(long).toBe(`${'a'.repeat(195)}😀.pdf`);
    const d = await api('GET', `/${doc.id}/versions/${draft.id}/file`);
    expect(d.statusCode).toBe(200);
    expect(d.headers['content-disposition']).toContain(`filename*=UTF-8''${'a'.repeat(195)}%F0%9F%98%80.pdf`);
  });

  it('takes a zip as a Word document only when its entries are named [Content_Types].xml and word/…', async () => {
    const doc = await create({ body: '' });
    const draft = draftOf(doc);
    const r = await upload(doc.id, draft.id, FAKE_DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Mal.docx');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('content_mismatch');
    const streamed = zipOf([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']], { streamed: true });
    expect((await upload(doc.id, draft.id, streamed, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).statusCode).toBe(200);
  });

  it('refuses other types (415), bytes that are not the declared type (400) and files over 10 MB (413), storing nothing', async () => {
    const doc = await create({ body: '' });
    const draft = draftOf(doc);
    const html = await upload(doc.id, draft.id, Buffer.from('<script>alert(1)</script>'), 'text/html');
    expect(html.statusCode).toBe(415);
    expect(html.json().error.code).toBe('unsupported_media_type');
    expect((await upload(doc.id, draft.id, Buffer.from('{}'), 'application/json')).statusCode).toBe(415);
    expect((await upload(doc.id, draft.id, PDF, 'image/png')).statusCode).toBe(415);
    const fake = await upload(doc.id, draft.id, Buffer.from('<html>not a pdf</html>'), 'application/pdf');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error).toMatchObject({ code: 'content_mismatch', fields: [expect.objectContaining({ path: 'content-type' })] });
    expect((await upload(doc.id, draft.id, ZIP_NOT_WORD, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).statusCode).toBe(400);
    expect((await upload(doc.id, draft.id, DOCX, 'application/vnd.oasis.opendocument.text')).statusCode).toBe(400);
    expect((await upload(doc.id, draft.id, PDF, 'application/vnd.oasis.opendocument.text')).statusCode).toBe(400);
    expect((await upload(doc.id, draft.id, Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    const big = await upload(doc.id, draft.id, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('body_too_large');
    expect(await fileOfVersion(draft.id)).toMatchObject({ file_name: null, version: draft.version });
    const badIfMatch = await t.app.inject({
      method: 'PUT', url: `/api/content/documents/${doc.id}/versions/${draft.id}/file`, payload: PDF,
      headers: { ...f.coordinator, 'content-type': 'application/pdf', 'if-match': 'abc' },
    });
    expect(badIfMatch.json().error.fields[0].path).toBe('if-match');
  });
});
