import { emptyProject } from '../model';
import type { Project } from '../model';
import { differences, fieldKey, mergeAssessment } from './assessmentMerge';

function base(): Project {
  const p = { ...emptyProject('Hanke'), id: 1, etag: '"1"' };
  p.impacts.security = { level: 'Ei arvioitu', text: null };
  p.impacts.dataUse = { level: 'Ei arvioitu', text: null };
  return p;
}

function edit(p: Project, perspective: 'security' | 'dataUse', level: string, text: string): Project {
  return { ...p, impacts: { ...p.impacts, [perspective]: { level, text } } };
}

describe('merging concurrent assessment edits', () => {
  it('keeps both people\'s changes to different perspectives', () => {
    const original = base();
    const theirs = { ...edit(original, 'security', 'Merkittävä', 'Lokit muuttuvat'), etag: '"2"' };
    const mine = edit(original, 'dataUse', 'Vähäinen', 'Arkistointi siirtyy');
    const diffs = differences(original, mine, theirs);
    expect(diffs.map((d) => [fieldKey(d.field), d.proposed])).toEqual([
      ['level:security', 'theirs'],
      ['text:security', 'theirs'],
      ['level:dataUse', 'mine'],
      ['text:dataUse', 'mine']
    ]);
    const merged = mergeAssessment(mine, theirs, new Map(), diffs);
    expect(merged.etag).toBe('"2"');
    expect(merged.impacts.security).toEqual({ level: 'Merkittävä', text: 'Lokit muuttuvat' });
    expect(merged.impacts.dataUse).toEqual({ level: 'Vähäinen', text: 'Arkistointi siirtyy' });
  });

  it('proposes joining texts both changed, and lets the person choose', () => {
    const original = base();
    const theirs = edit(original, 'security', 'Vähäinen', 'Heidän tekstinsä');
    const mine = edit(original, 'security', 'Merkittävä', 'Minun tekstini');
    const diffs = differences(original, mine, theirs);
    expect(diffs.every((d) => d.bothChanged)).toBe(true);
    expect(mergeAssessment(mine, theirs, new Map(), diffs).impacts.security).toEqual({ level: 'Merkittävä', text: 'Heidän tekstinsä\n\nMinun tekstini' });
    const chosen = new Map([
      ['level:security', 'theirs' as const],
      ['text:security', 'theirs' as const]
    ]);
    expect(mergeAssessment(mine, theirs, chosen, diffs).impacts.security).toEqual({ level: 'Vähäinen', text: 'Heidän tekstinsä' });
  });

  it('finds no differences when both made the same change', () => {
    const original = base();
    const same = edit(original, 'security', 'Merkittävä', 'Sama');
    expect(differences(original, same, { ...same, etag: '"2"' })).toEqual([]);
  });
});
