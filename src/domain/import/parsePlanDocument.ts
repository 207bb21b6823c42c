/**
 * The plan-document importer: an IT action plan as text (a plain-text or Markdown extraction
 * of the Word document) → ImportedPlan. Pure TypeScript; runs in Node and in the browser.
 *
 * Steps: page noise (table of contents, running headers/footers, page numbers) is skipped;
 * lines are classified (numbered headings, field labels, list items, text) and joined into
 * paragraphs; the heading tree gives sections, groups and projects (leaves); each project's
 * labels give its fields. A value the document does not state is null, never a guess.
 */
import type { DomainWarning } from '../warnings';
import type { ImportedPlan } from './importModel';
import { analyseLayout, collectContentLines, isDoubleSpaced } from './layout';
import { analysePageNoise } from './pageNoise';
import { type Block, renderParagraphs } from './paragraphs';
import { assembleBlocks } from './paragraphs';
import { extractPlanInfo } from './planInfo';
import { addDocumentChecks, buildProject, collectValues, type ValuedProject } from './projects';
import { placeProject, sectionMeaning } from './sections';
import { buildTree, type DocumentTree, type SectionNode } from './structure';
import { tokenize } from './tokens';
import { matchServiceAreas } from './nameMatching';
import { DEFAULT_SERVICE_AREAS } from '../vocabulary';
import { splitLines } from './text';

export type PlanDocumentFormat = 'text' | 'markdown';

export interface ParsePlanOptions {
  /** 'markdown' treats single line breaks as soft wraps; default from the file name, else 'text'. */
  format?: PlanDocumentFormat;
  fileName?: string;
  /**
   * The organisation's service areas (the site's choices): a heading garbled into a near
   * spelling is taken as one of them, with a warning. Default: Salkku's default choices.
   */
  serviceAreas?: readonly string[];
}

/** A document that calls itself a strategy ("Tietohallintostrategia", "IT-strategi", "Digital strategy"). */
const STRATEGY = /strategia\b|strategi\b|strategy\b/i;

export function parsePlanText(text: string, options: ParsePlanOptions = {}): ImportedPlan {
  const markdown = (options.format ?? formatOfFileName(options.fileName)) === 'markdown';
  const rawLines = splitLines(text);
  const noise = analysePageNoise(rawLines);
  const doubleSpaced = !markdown && isDoubleSpaced(rawLines);
  const lines = collectContentLines(rawLines, noise.skip, doubleSpaced);
  const layout = analyseLayout(lines, markdown, doubleSpaced);
  const warnings: DomainWarning[] = [];
  const blocks = assembleBlocks(tokenize(lines, layout, noise.toc, warnings), layout);
  const tree = buildTree(blocks);

  const preambleLines = tree.root.content.flatMap((block) => (block.kind === 'para' ? block.lines : []));
  const info = extractPlanInfo({
    preambleLines,
    titleHeadings: tree.titleHeadings,
    runningLines: noise.runningLines,
    introText: introductionText(tree),
    fullText: text
  });
  if (info.titleInferred) {
    warnings.push({ code: 'importValueInferred', field: 'plan.title', detail: info.plan.title ?? '' });
  }
  preambleLines
    .filter((line) => !info.usedPreambleLines.has(line))
    .forEach((line) => warnings.push({ code: 'importUnplacedText', detail: line }));

  const found: ValuedProject[] = [];
  visit(tree.root, [], (node) => {
    // a section's or group's own text (an introduction, proposals for the whole group): not a
    // project's, kept as a warning with its text so that nothing is dropped silently
    const text = renderParagraphs(node.content.flatMap((block) => (block.kind === 'para' ? [block] : [])));
    if (text !== null) {
      warnings.push({ code: 'importSectionText', field: node.title, detail: text });
    }
  }, (node, ancestors) => {
    const values = collectValues(node);
    const period = { start: info.plan.periodStart, end: info.plan.periodEnd };
    found.push({ project: buildProject(node, placeProject(ancestors.map((ancestor) => ancestor.title)), values, period), values });
  });
  addDocumentChecks(found);
  const projects = found.map((entry) => entry.project);
  tree.root.children
    .filter((node) => node.appendix)
    .forEach((node) => warnings.push({ code: 'importSkippedSection', detail: node.title }));
  if (found.length > 0 && found.every(({ project, values }) => project.category === null && values.labels.size === 0)) {
    warnings.push({ code: 'importNoPlanStructure' });
    if (STRATEGY.test(info.plan.title ?? '')) {
      // a strategy, not a plan: its sections are not projects (none invented); their texts are kept
      projects.forEach((p) => warnings.push({ code: 'importSectionText', field: p.number === null ? p.title : `${p.number} ${p.title}`, detail: p.description ?? '' }));
      return { plan: info.plan, projects: [], warnings };
    }
  }
  // the table of contents spells the service areas too (a garbled heading is rarely garbled twice)
  const tocAreas = noise.toc.flatMap((entry) => sectionMeaning(entry.title)?.serviceArea ?? []);
  return matchServiceAreas({ plan: info.plan, projects, warnings }, options.serviceAreas ?? DEFAULT_SERVICE_AREAS, tocAreas);
}

function formatOfFileName(fileName: string | undefined): PlanDocumentFormat {
  return fileName !== undefined && /\.(?:md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

/**
 * Calls `onProject` for every project in document order and `onSection` for every other
 * section. A project is a leaf heading below the top level, or a top-level leaf that has field
 * labels; top-level sections without them are introductions ("Toimenpidesuunnitelman
 * sisällöstä"). Appendices are skipped.
 */
function visit(node: SectionNode, ancestors: SectionNode[], onSection: (node: SectionNode) => void, onProject: (node: SectionNode, ancestors: SectionNode[]) => void): void {
  for (const child of node.children) {
    if (child.appendix) {
      continue;
    }
    if (child.children.length > 0) {
      onSection(child);
      visit(child, [...ancestors, child], onSection, onProject);
    } else if (child.depth >= 2 || child.content.some((block: Block) => block.kind === 'label')) {
      onProject(child, ancestors);
    } else {
      onSection(child);
    }
  }
}

/** The text of the first top-level section when it is an introduction (has no sub-headings). */
function introductionText(tree: DocumentTree): string | null {
  const first = tree.root.children[0];
  if (first === undefined || first.children.length > 0 || first.appendix) {
    return null;
  }
  return renderParagraphs(first.content.flatMap((block) => (block.kind === 'para' ? [block] : [])));
}
