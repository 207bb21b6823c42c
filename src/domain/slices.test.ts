import { mapInSlices } from './slices';

describe('mapInSlices', () => {
  it('maps every item in order, as Array.map would', async () => {
    const items = Array.from({ length: 1000 }, (_v, i) => i);
    await expect(mapInSlices(items, (n, i) => n * 2 + i)).resolves.toEqual(items.map((n, i) => n * 2 + i));
  });

  it('gives the thread back between slices: a timer queued before the work runs during it', async () => {
    let timerRanAt = -1;
    let mapped = 0;
    setTimeout(() => {
      timerRanAt = mapped;
    }, 0);
    const busy = (): void => {
      const until = Date.now() + 2;
      while (Date.now() < until) {
        // a slow item
      }
    };
    await mapInSlices(Array.from({ length: 30 }, (_v, i) => i), () => {
      busy();
      mapped++;
    }, 10);
    expect(timerRanAt).toBeGreaterThan(0);
    expect(timerRanAt).toBeLessThan(30);
  });
});
