/**
 * Long work in slices: a browser paints and answers input between them, so no main-thread task
 * runs much longer than one slice (WCAG and the 100 ms a person notices).
 */

/** How long one slice may run before giving the main thread back (ms). */
export const SLICE_MS = 30;

/** Gives the main thread back once (a macrotask: rendering and input run first). */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Maps `items` in order, yielding whenever a slice has run `sliceMs`. The result is the same as
 * `items.map(map)`.
 */
export async function mapInSlices<T, U>(items: readonly T[], map: (item: T, index: number) => U, sliceMs = SLICE_MS): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = Date.now();
  for (let i = 0; i < items.length; i++) {
    out.push(map(items[i] as T, i));
    if (Date.now() - sliceStart >= sliceMs && i < items.length - 1) {
      await yieldToMain();
      sliceStart = Date.now();
    }
  }
  return out;
}
