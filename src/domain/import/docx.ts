/**
 * Imports a plan from a Word document (.docx): mammoth converts it to HTML (in the browser and
 * in Node), the HTML becomes Markdown-like lines, and the same text parser reads them.
 *
 * Word's automatic heading numbering is not part of the document text and mammoth does not
 * render it; such headings arrive without numbers and the hierarchy comes from the heading
 * levels (project numbers are then null).
 */
import * as mammoth from 'mammoth';
import type { ImportedPlan } from './importModel';
import { htmlToPlanText } from './htmlToText';
import { parsePlanText } from './parsePlanDocument';

/** Word's table-of-contents paragraphs (styles "toc 1"…"toc 9") are skipped: they repeat the headings. */
const TOC_IGNORED = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => `p[style-name='toc ${level}'] => !`);

export async function parsePlanDocx(data: ArrayBuffer, options: { fileName?: string } = {}): Promise<ImportedPlan> {
  // mammoth's Node build reads `buffer` (JSZip accepts an ArrayBuffer there too), its browser
  // build reads `arrayBuffer`; giving both serves either build without Node APIs.
  const input = { arrayBuffer: data, buffer: data } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, { styleMap: TOC_IGNORED });
  return parsePlanText(htmlToPlanText(result.value), { format: 'markdown', fileName: options.fileName });
}
