/**
 * The document's heading tree. Numbered documents are arranged by their numbers (Markdown '#'
 * levels are unreliable: "## 2.2" next to "### 2.1"); documents without numbers (a .docx whose
 * Word numbering mammoth drops) by their heading levels. A numbered heading whose parent number
 * is missing ("3.1.1" under "3.") takes as parent the unnumbered heading-like line written just
 * before it ("Yleiset kehityskohteet"). Everything after an appendix heading is kept apart.
 */
import { isAncestorNumber, isHeadingLike } from './headings';
import type { Block, ParagraphBlock } from './paragraphs';
import { sectionMeaning } from './sections';
import type { HeadingToken } from './tokens';

export interface SectionNode {
  parts: number[] | null;
  title: string;
  /** Created from an unnumbered line standing in for a missing number level. */
  implied: boolean;
  appendix: boolean;
  /** 1 for top-level sections. */
  depth: number;
  /** Raw line index of the heading. */
  line: number;
  children: SectionNode[];
  /** The node's own paragraphs and labels, up to its first child. */
  content: Block[];
}

export interface DocumentTree {
  /** depth 0; its content is the preamble (text before the first heading). */
  root: SectionNode;
  /** Unnumbered headings before the first section (document title). */
  titleHeadings: string[];
  /** Headings carry numbers. */
  numbered: boolean;
}

const TITLE_WORDS = /suunnitelma|ohjelma|strategia|\bplan\b|program/i;

function newNode(token: HeadingToken | null, depth: number): SectionNode {
  return {
    parts: token?.parts ?? null,
    title: token?.title ?? '',
    implied: false,
    appendix: token?.appendix ?? false,
    depth,
    line: token?.line ?? -1,
    children: [],
    content: []
  };
}

function headingAsParagraph(token: HeadingToken): ParagraphBlock {
  return { kind: 'para', text: token.title, list: false, ordered: false, line: token.line, lines: [token.title], headingMark: true, afterLabel: false };
}

export function buildTree(blocks: readonly Block[]): DocumentTree {
  const headings = blocks.filter((block) => block.kind === 'heading');
  const numbered = headings.filter((block) => block.kind === 'heading' && block.token.parts !== null).length >= 2;
  return numbered ? buildNumbered(blocks) : buildByLevel(blocks);
}

/** The innermost open section, or the root when none is open. */
function innermost(open: readonly SectionNode[], root: SectionNode): SectionNode {
  return open[open.length - 1] ?? root;
}

function buildNumbered(blocks: readonly Block[]): DocumentTree {
  const root = newNode(null, 0);
  const titleHeadings: string[] = [];
  // Open sections below the root, outermost first.
  let open: SectionNode[] = [];
  let current = root;
  for (const block of blocks) {
    if (block.kind !== 'heading' || current.appendix) {
      current.content.push(block);
      continue;
    }
    const token = block.token;
    if (token.appendix) {
      current = newNode(token, 1);
      root.children.push(current);
      open = [current];
    } else if (token.parts === null) {
      if (current === root && !namesSection(token.title)) {
        titleHeadings.push(token.title);
      } else {
        current.content.push(headingAsParagraph(token));
      }
    } else {
      const parts = token.parts;
      while (innermost(open, root) !== root && !isAncestorNumber(innermost(open, root).parts ?? [], parts)) {
        open.pop();
      }
      let parent = innermost(open, root);
      if (parts.length - parent.depth === 2) {
        const implied = impliedParent(current, parts.slice(0, parts.length - 1), parent === root);
        if (implied) {
          parent.children.push(implied);
          open.push(implied);
          parent = implied;
        }
      }
      current = newNode(token, parts.length);
      parent.children.push(current);
      open.push(current);
    }
  }
  return { root, titleHeadings, numbered: true };
}

/**
 * An unnumbered heading-like paragraph at the end of the previous node's content becomes the
 * missing parent; the paragraphs after it move along as the new group's introduction. A missing
 * top-level section is only stood in for by a line that names a plan section
 * ("Perusinfrastruktuurihankkeet, tietohallinto"), so a title page line is never taken for one.
 */
function impliedParent(previous: SectionNode, parts: number[], topLevel: boolean): SectionNode | null {
  const content = previous.content;
  for (const [index, block] of [...content.entries()].reverse()) {
    if (block.kind === 'label') {
      return null;
    }
    if (block.kind !== 'para' || block.list || block.lines.length !== 1 || block.afterLabel) {
      continue;
    }
    if (topLevel ? namesSection(block.text) : block.headingMark || isHeadingLike(block.text)) {
      const node: SectionNode = {
        parts,
        title: block.text,
        implied: true,
        appendix: false,
        depth: parts.length,
        line: block.line,
        children: [],
        content: content.slice(index + 1)
      };
      previous.content = content.slice(0, index);
      return node;
    }
  }
  return null;
}

function namesSection(text: string): boolean {
  return text.length <= 100 && !/[.!?:;]$/.test(text) && sectionMeaning(text) !== null;
}

function buildByLevel(blocks: readonly Block[]): DocumentTree {
  const root = newNode(null, 0);
  const titleHeadings: string[] = [];
  const tokens = blocks.flatMap((block) => (block.kind === 'heading' && !block.token.appendix ? [block.token] : []));
  const [firstToken] = tokens;
  const titleToken = firstToken && tokens.length > 1 && TITLE_WORDS.test(firstToken.title) ? firstToken : null;
  const levels = Array.from(new Set(tokens.filter((token) => token !== titleToken).map((token) => token.level))).sort((a, b) => a - b);
  // Open sections below the root, outermost first.
  let open: SectionNode[] = [];
  let current = root;
  for (const block of blocks) {
    if (block.kind !== 'heading' || current.appendix) {
      current.content.push(block);
      continue;
    }
    const token = block.token;
    if (token === titleToken) {
      titleHeadings.push(token.title);
    } else if (token.appendix) {
      current = newNode(token, 1);
      root.children.push(current);
      open = [current];
    } else {
      const depth = levels.indexOf(token.level) + 1;
      while (innermost(open, root) !== root && innermost(open, root).depth >= depth) {
        open.pop();
      }
      current = newNode(token, depth);
      innermost(open, root).children.push(current);
      open.push(current);
    }
  }
  return { root, titleHeadings, numbered: false };
}
