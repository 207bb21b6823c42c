import { expandFor, listSchema, SCHEMA, schemaAtVersion, selectFor } from './schema';
import { LANGUAGES } from './schema.types';

describe('list schema', () => {
  it.each(SCHEMA.lists.map((l) => [l.key, l] as const))('%s: fields are unique, valid SharePoint internal names', (_key, list) => {
    const names = list.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{1,31}$/);
    }
  });

  it('queries at most 12 lookup and person columns per list (SharePoint\'s lookup threshold)', () => {
    for (const list of SCHEMA.lists) {
      expect(expandFor(list).length).toBeLessThanOrEqual(12);
    }
  });

  it('never indexes a multi-value lookup (SharePoint cannot)', () => {
    const bad = SCHEMA.lists.flatMap((l) => l.fields).filter((f) => f.kind === 'LookupMulti' && f.indexed);
    expect(bad).toEqual([]);
  });

  it('gives every field a title and a help text in Finnish, Swedish and English', () => {
    for (const field of SCHEMA.lists.flatMap((l) => l.fields)) {
      for (const language of LANGUAGES) {
        expect({ field: field.name, language, title: field.title[language].trim().length > 0 }).toEqual({ field: field.name, language, title: true });
        expect({ field: field.name, language, help: field.description[language].trim().length >= 10 }).toEqual({ field: field.name, language, help: true });
      }
    }
  });

  it('gives choice fields their default choices and lookups their list', () => {
    for (const field of SCHEMA.lists.flatMap((l) => l.fields)) {
      if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
        expect(field.choices?.length).toBeGreaterThan(1);
      }
      if (field.kind === 'Lookup' || field.kind === 'LookupMulti') {
        expect(SCHEMA.lists.map((l) => l.key)).toContain(field.lookupList);
      }
    }
  });

  it('selects lookups and people through $expand with their Id and Title', () => {
    const projects = SCHEMA.lists.find((l) => l.key === 'projects');
    if (!projects) {
      throw new Error('projects list missing');
    }
    expect(selectFor(projects)).toEqual(expect.arrayContaining(['Id', 'Title', 'Plans/Id', 'Plans/Title', 'ProjectManager/EMail']));
    expect(expandFor(projects)).toEqual(['Plan', 'Plans', 'AssessedBy', 'StrategicGoals', 'ProjectManager']);
  });
});

describe('indexes within SharePoint\'s limit of 20 per list', () => {
  /**
   * Columns Salkku's own queries filter or order on (PnPPortfolioRepository.findProjects, set-up;
   * the scores of one model version; a project's benefits when drafts are added).
   */
  const QUERIED: Readonly<Record<string, readonly string[]>> = { projects: ['Title', 'ProjectNumber'], plans: [], goals: [], scores: ['ModelVersion'], benefits: ['Project'] };

  it.each(SCHEMA.lists.map((l) => [l.key, l] as const))('%s indexes at most 12 columns, leaving room for the city\'s own', (_key, list) => {
    expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(12);
  });

  it.each(SCHEMA.lists.map((l) => [l.key, l] as const))('%s indexes exactly what its views and queries filter, sort and group on', (key, list) => {
    const used = new Set([
      ...list.views.flatMap((v) => [...(v.filters ?? []).map((f) => f.field), ...(v.orderBy ?? []).map((o) => o.field), ...(v.groupBy ?? [])]),
      ...(QUERIED[key] ?? [])
    ]);
    expect(list.fields.filter((f) => f.indexed).map((f) => f.name).sort()).toEqual([...used].sort());
  });

  it('indexes a benefit\'s project, status, owner and target date and a measurement\'s benefit; each joins two lists', () => {
    const indexed = (key: string): string[] => (SCHEMA.lists.find((l) => l.key === key)?.fields ?? []).filter((f) => f.indexed).map((f) => f.name).sort();
    expect(indexed('benefits')).toEqual(['BenefitOwner', 'BenefitStatus', 'Project', 'TargetDate']);
    expect(indexed('measurements')).toEqual(['Benefit']);
    const joins = (key: 'benefits' | 'measurements'): string[] => expandFor(listSchema(key));
    expect(joins('benefits')).toEqual(['Project', 'BenefitOwner']);
    expect(joins('measurements')).toEqual(['Benefit', 'MeasuredBy']);
    // lookup targets come first: set-up creates the list looked up before the lookup
    const order = SCHEMA.lists.map((l) => l.key);
    expect(order.indexOf('projects')).toBeLessThan(order.indexOf('benefits'));
    expect(order.indexOf('benefits')).toBeLessThan(order.indexOf('measurements'));
  });

  it('gives back, on upgrade, only indexes an earlier version created', () => {
    const v2 = schemaAtVersion(2);
    for (const list of SCHEMA.lists) {
      const before = v2.lists.find((l) => l.key === list.key)?.fields ?? [];
      for (const field of list.fields.filter((f) => f.indexedUntil !== undefined)) {
        expect({ field: field.name, indexedInV2: before.find((f) => f.name === field.name)?.indexed }).toEqual({ field: field.name, indexedInV2: true });
        expect(field.indexed).not.toBe(true);
      }
    }
  });
});
