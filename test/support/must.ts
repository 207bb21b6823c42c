/**
 * `value`, or an error naming what the test expected to find: for a value the test cannot go on
 * without (the first item of a list it has just filled, an entry it has just stored). Where only
 * an assertion reads the value, `expect(x?.y)` says the same without stopping the test.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`Expected ${what}, found none`);
  }
  return value;
}
