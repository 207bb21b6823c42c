/**
 * Width of text in the grid's font, measured on a canvas (cached per font and text). Where there
 * is no canvas (jsdom in unit tests) an average character width stands in.
 */

export type MeasureText = (text: string) => number;

const AVERAGE_CHARACTER = 7.5;
const caches = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    const jsdom = typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
    context = jsdom || typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return context;
}

/** The CSS font of an element, with another weight (e.g. 600 for headers). */
export function fontOf(element: Element | null, weight?: number): string {
  if (!element || typeof getComputedStyle === 'undefined') {
    return `${weight ?? 400} 14px sans-serif`;
  }
  const style = getComputedStyle(element);
  return `${weight ?? style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

export function measurer(font: string): MeasureText {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const known = cache;
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      const ctx = canvas();
      if (ctx) {
        ctx.font = font;
        width = Math.ceil(ctx.measureText(text).width);
      } else {
        width = Math.ceil(text.length * AVERAGE_CHARACTER);
      }
      if (known.size > 5_000) {
        known.clear();
      }
      known.set(text, width);
    }
    return width;
  };
}

/** The widest of many texts, measuring only the longest few (12,000 projects stay fast). */
export function widest(texts: Iterable<string>, measure: MeasureText, sample = 12): number {
  const longest: string[] = [];
  for (const text of texts) {
    if (longest.length < sample) {
      longest.push(text);
      longest.sort((a, b) => b.length - a.length);
    } else if (text.length > (longest[longest.length - 1] ?? '').length) {
      longest[longest.length - 1] = text;
      longest.sort((a, b) => b.length - a.length);
    }
  }
  return longest.reduce((max, text) => Math.max(max, measure(text)), 0);
}
