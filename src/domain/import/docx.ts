/**
 * Imports a plan from a Word document (.docx): mammoth converts it to HTML (in the browser and
 * in Node), the HTML becomes Markdown-like lines, and the same text parser reads them.
 *
 * Word's automatic heading numbering is not part of the document text and mammoth does not
 * render it; the numbers are counted from the package's numbering definitions and written into
 * the headings first (docxNumbering.ts), so "3.2.1" reaches the parser as if it were typed.
 */
import JSZip from 'jszip';
import * as mammoth from 'mammoth';
import type { ImportedPlan } from './importModel';
import { writeHeadingNumbers } from './docxNumbering';
import { walkXml } from './docxXml';
import { htmlToPlanText } from './htmlToText';
import { parsePlanText } from './parsePlanDocument';

/** Word's table-of-contents paragraphs (styles "toc 1"…"toc 9") are skipped: they repeat the headings. */
const TOC_IGNORED = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => `p[style-name='toc ${level}'] => !`);

export async function parsePlanDocx(data: ArrayBuffer, options: { fileName?: string } = {}): Promise<ImportedPlan> {
  return parsePlanText(await docxPlanText(data), { format: 'markdown', fileName: options.fileName });
}

/** The Markdown-like text the parser reads from a .docx, Word's heading numbers included. */
export async function docxPlanText(data: ArrayBuffer): Promise<string> {
  const numbered = await withHeadingNumbers(data);
  // mammoth's Node build reads `buffer` (JSZip accepts an ArrayBuffer there too), its browser
  // build reads `arrayBuffer`; giving both serves either build without Node APIs.
  const input = { arrayBuffer: numbered, buffer: numbered } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, { styleMap: TOC_IGNORED });
  return htmlToPlanText(result.value);
}

/**
 * The package with Word's heading numbers written into document.xml; the same data when it has
 * no numbering part or no numbered heading (or is no zip: mammoth then reports the error).
 */
export async function withHeadingNumbers(data: ArrayBuffer): Promise<ArrayBuffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return data;
  }
  const read = async (path: string | null): Promise<string | null> => (path === null ? null : (await zip.file(path)?.async('string')) ?? null);
  const documentPath = (await relationshipTarget(zip, '', 'officeDocument')) ?? 'word/document.xml';
  const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const documentRels = `${folder}_rels/${documentPath.slice(folder.length)}.rels`;
  const [document, styles, numbering] = await Promise.all([
    read(documentPath),
    read((await relationshipTarget(zip, documentRels, 'styles')) ?? `${folder}styles.xml`),
    read((await relationshipTarget(zip, documentRels, 'numbering')) ?? `${folder}numbering.xml`)
  ]);
  if (document === null || numbering === null) {
    return data;
  }
  const written = writeHeadingNumbers({ document, styles, numbering });
  if (written === null) {
    return data;
  }
  zip.file(documentPath, written);
  // DEFLATE like Word: JSZip then copies the other parts' compressed data as it is
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

/**
 * The package path of a relationship's target ("word/styles.xml"), read from a .rels part
 * ('' for the package's own _rels/.rels); null when there is none.
 */
async function relationshipTarget(zip: JSZip, relsPath: string, type: string): Promise<string | null> {
  const rels = await zip.file(relsPath === '' ? '_rels/.rels' : relsPath)?.async('string');
  if (rels === undefined) {
    return null;
  }
  const targets: string[] = [];
  walkXml(rels, (tag) => {
    const target = tag.attributes.get('Target');
    // transitional and strict packages name the types under different roots
    if (tag.name.endsWith('Relationship') && tag.attributes.get('Type')?.endsWith(`/${type}`) && target) {
      targets.push(target);
    }
  });
  const [target] = targets;
  if (target === undefined) {
    return null;
  }
  // a target is relative to the folder of the part that owns the .rels ("word/"), or absolute
  const owner = relsPath.replace(/_rels\/[^/]*$/, '');
  return resolvePath(owner, target);
}

function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter((part) => part !== '');
  for (const part of target.split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part !== '' && part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}
