/**
 * Where the user's time goes: opens the preview page (all web parts) at N projects against the
 * stand-in, as `npm run bench` does, with Chromium's CPU profiler on, and prints the functions with
 * the most self time and the page's own timeline marks. Usage:
 *   npx tsx bench/profile.ts [--projects=12000] [--warm] [--page=all|portfolio]
 * Build the preview unminified first for readable names: SALKKU_PREVIEW_MINIFY=0 npx tsx scripts/build-preview.ts --force
 */
import { seededStandIn } from './lib/seed';
import type { PageKind } from './lib/pageBench';
import { PageBench } from './lib/pageBench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function arg(name: string, fallback: string): string {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

function selfTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) {
      return;
    }
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

async function main(): Promise<void> {
  const projects = Number(arg('projects', '12000'));
  const page = arg('page', 'all') as PageKind;
  const warm = process.argv.includes('--warm');
  const standIn = await seededStandIn(projects);
  const bench = await PageBench.start(standIn);
  const context = await bench.newContext();
  try {
    if (warm) {
      await bench.open(context, page, 'salkku');
    }
    const { measurement, profile } = await bench.openProfiled(context, page);
    console.log(JSON.stringify(measurement));
    const { cpu, marks } = profile as { cpu: Profile; marks: [string, number][] };
    for (const [name, at] of marks) {
      console.log(`${at.toFixed(0).padStart(7)} ms  ${name}`);
    }
    const top = [...selfTimes(cpu).entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '40')));
    for (const [name, msSelf] of top) {
      console.log(`${msSelf.toFixed(0).padStart(7)} ms  ${name}`);
    }
  } finally {
    await context.close();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
