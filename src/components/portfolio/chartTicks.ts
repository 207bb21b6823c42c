/** Ticks of a value axis: 0 and round steps (1, 2 or 5 × 10^n) up to at least the largest value. */
export function valueTicks(largest: number, wanted = 4): number[] {
  if (!(largest > 0) || !Number.isFinite(largest)) {
    return [0, 1];
  }
  const rough = largest / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; i * step < largest + step && ticks.length <= wanted + 1; i++) {
    ticks.push(i * step);
  }
  if ((ticks[ticks.length - 1] ?? 0) < largest) {
    ticks.push(ticks.length * step);
  }
  return ticks;
}
