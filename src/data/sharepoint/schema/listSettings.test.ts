/**
 * The SharePoint-side settings of the schema (issue 10): formatter JSON against the documented
 * column- and form-formatting format, what the formatters show for real values, views on indexed
 * columns only, form sections, validation formulas and help texts.
 */
import type { FormatterContext, FormatterValue } from '../../../../preview/sharepoint/formatterLanguage';
import { formatterProblems, formatterText } from '../../../../preview/sharepoint/formatterLanguage';
import type { FormatterNode } from './formatting';
import { COST_TEXT_FORMAT, EURO_FORMAT, IMPACT_FORMAT, PROGRESS_FORMAT, RAG_FORMAT, SCHEDULE_FORMAT, STATUS_FORMAT } from './formatting';
import { listSchema, SCHEMA } from './schema';
import type { ListSchema } from './schema.types';
import { LANGUAGES } from './schema.types';

const PROJECTS = listSchema('projects');

function exists(list: ListSchema): (name: string) => boolean {
  return (name) => list.fields.some((f) => f.name === name);
}

/** Every formatter the schema has: field formatters and the form's header and footer per language. */
function formatters(): { name: string; list: ListSchema; node: FormatterNode }[] {
  return SCHEMA.lists.flatMap((list) => [
    ...list.fields.flatMap((f) => (f.formatter ? [{ name: `${list.key}.${f.name}`, list, node: f.formatter.value }] : [])),
    ...LANGUAGES.flatMap((language) =>
      list.form
        ? [
            { name: `${list.key} form header (${language})`, list, node: list.form.value.header(language) },
            { name: `${list.key} form footer (${language})`, list, node: list.form.value.footer(language) }
          ]
        : []
    )
  ]);
}

type Fields = FormatterContext['fields'];

/** Renders a formatter tree to plain data: what SharePoint would show. */
function render(node: FormatterNode, context: FormatterContext): { text: string; icons: string[]; classes: string[]; titles: string[]; widths: string[] } {
  const out = { text: '', icons: [] as string[], classes: [] as string[], titles: [] as string[], widths: [] as string[] };
  const walk = (n: FormatterNode): void => {
    if (n.txtContent !== undefined) {
      out.text += formatterText(n.txtContent, context);
    }
    const attributes = n.attributes ?? {};
    if (attributes.iconName !== undefined) {
      out.icons.push(formatterText(attributes.iconName, context));
    }
    if (attributes.class !== undefined) {
      out.classes.push(formatterText(attributes.class, context));
    }
    if (attributes.title !== undefined) {
      out.titles.push(formatterText(attributes.title, context));
    }
    if (n.style?.width !== undefined) {
      out.widths.push(formatterText(n.style.width, context));
    }
    (n.children ?? []).forEach(walk);
  };
  walk(node);
  return out;
}

function column(node: FormatterNode, value: FormatterValue, fields: Fields = {}): ReturnType<typeof render> {
  return render(node, { currentField: value, fields, locale: 'fi-FI' });
}

describe('column and form formatting', () => {
  it.each(formatters().map((f) => [f.name, f] as const))('%s follows the documented format', (_name, { list, node }) => {
    expect(formatterProblems(node, exists(list))).toEqual([]);
  });

  it('catches what SharePoint would reject: unknown elements, attributes, styles, functions and fields', () => {
    const bad: FormatterNode = {
      elmType: 'script',
      attributes: { onclick: 'x', iconName: '=eval(@currentField)' },
      style: { gap: '6px', 'row-gap': '2px', transform: 'rotate(45deg)', 'column-gap': '4px' },
      children: [{ elmType: 'span', txtContent: "=[$NoSuchField] + @currentUser + if(1, 2)" }, { elmType: 'div', txtContent: "=if(@currentField == 'a'" }]
    };
    const problems = formatterProblems(bad, exists(PROJECTS)).join('\n');
    // gap and row-gap are not on SharePoint's allow-list (column-gap is); transform only translates
    expect(problems).not.toContain('style "column-gap"');
    for (const expected of ['elmType "script"', 'attribute "onclick"', 'style "gap"', 'style "row-gap"', 'style "transform" takes only translate', 'Unknown function eval()', '[$NoSuchField]', '@currentUser', 'if() takes 3', 'expected , in =if(']) {
      expect(problems).toContain(expected);
    }
  });

  it('shows status, RAG and impact levels as an icon and the text, never colour alone', () => {
    expect(column(STATUS_FORMAT, 'Käynnissä')).toMatchObject({ text: 'Käynnissä', icons: ['Play'] });
    expect(column(STATUS_FORMAT, 'Valmis')).toMatchObject({ text: 'Valmis', icons: ['CompletedSolid'] });
    // a city's own choice still shows, with a neutral icon
    expect(column(STATUS_FORMAT, 'Odottaa päätöstä')).toMatchObject({ text: 'Odottaa päätöstä', icons: ['Info'] });
    expect(column(STATUS_FORMAT, '')).toMatchObject({ text: '', icons: [''] });
    expect(column(RAG_FORMAT, 'Punainen')).toMatchObject({ text: 'Punainen', icons: ['StatusErrorFull'], classes: ['sp-field-severity--blocked'] });
    expect(column(RAG_FORMAT, 'Keltainen')).toMatchObject({ text: 'Keltainen', icons: ['WarningSolid'], classes: ['sp-field-severity--warning'] });
    expect(column(IMPACT_FORMAT, 'Merkittävä')).toMatchObject({ text: 'Merkittävä', icons: ['CircleFill'] });
    expect(column(IMPACT_FORMAT, 'Ei arvioitu')).toMatchObject({ text: 'Ei arvioitu', icons: ['StatusCircleQuestionMark'] });
  });

  it('draws progress as a bar with its number', () => {
    expect(column(PROGRESS_FORMAT, 40)).toMatchObject({ text: '40 %', widths: ['80px', '40%'] });
    expect(column(PROGRESS_FORMAT, '')).toMatchObject({ text: '', widths: ['80px', '0%'] });
  });

  it('shows the structured months with the original schedule text as the tooltip', () => {
    expect(column(SCHEDULE_FORMAT, 'syksy 2024 – 2025 loppu', { ScheduleStart: '2024-09', ScheduleEnd: '2025-12' })).toMatchObject({
      text: '2024-09 – 2025-12',
      titles: ['syksy 2024 – 2025 loppu']
    });
    expect(column(SCHEDULE_FORMAT, 'jatkuva', { ScheduleStart: '', ScheduleEnd: '' })).toMatchObject({ text: 'jatkuva' });
  });

  it('formats costs in euros', () => {
    expect(column(EURO_FORMAT, 12000).text).toBe(`${(12000).toLocaleString('fi-FI')} €`);
    expect(column(EURO_FORMAT, '').text).toBe('');
    const text = '5 000–10 000 €, ylläpito 200 €/kk';
    expect(column(COST_TEXT_FORMAT, text, { InvestmentMin: 5000, InvestmentMax: 10000 })).toMatchObject({
      text: `${(5000).toLocaleString('fi-FI')} – ${(10000).toLocaleString('fi-FI')} €`,
      titles: [text]
    });
    expect(column(COST_TEXT_FORMAT, 'noin 8000 €', { InvestmentMin: 8000, InvestmentMax: 8000 }).text).toBe(`${(8000).toLocaleString('fi-FI')} €`);
    expect(column(COST_TEXT_FORMAT, 'ei tiedossa', { InvestmentMin: '', InvestmentMax: '' }).text).toBe('ei tiedossa');
  });

  it('heads the form with number, title, status and RAG', () => {
    const header = PROJECTS.form?.value.header('sv');
    if (!header) {
      throw new Error('no form');
    }
    const shown = render(header, { fields: { ProjectNumber: '2.4', Title: 'Sähköinen arkistointi', ProjectStatus: 'Käynnissä', Rag: 'Vihreä' }, locale: 'sv-SE' });
    expect(shown.text).toBe('2.4 Sähköinen arkistointiStatus:KäynnissäLägesbedömning:Vihreä');
    expect(shown.icons).toEqual(['Play', 'CompletedSolid']);
  });
});

describe('list form layout', () => {
  const form = PROJECTS.form?.value;

  it('places every field shown in forms in exactly one section, hidden ones in none', () => {
    const placed = (form?.sections ?? []).flatMap((s) => s.fields);
    expect(new Set(placed).size).toBe(placed.length);
    const visible = PROJECTS.fields.filter((f) => !f.hiddenInForms).map((f) => f.name);
    expect([...placed].sort()).toEqual([...visible].sort());
  });

  it('puts each impact level next to its justification', () => {
    const impact = form?.sections.find((s) => s.title.en === 'Impact assessment')?.fields ?? [];
    for (const level of ['ImpactOrganisation', 'ImpactSecurity', 'ImpactDataUse', 'ImpactCaseMgmt']) {
      expect(impact[impact.indexOf(level) + 1]).toBe(`${level}Note`);
    }
  });

  it('shows a field conditionally only on columns the form has', () => {
    const placed = new Set((form?.sections ?? []).flatMap((s) => s.fields));
    for (const field of PROJECTS.fields.filter((f) => f.showWhen)) {
      const formula = field.showWhen?.value ?? '';
      expect(formatterProblems({ elmType: 'div', txtContent: formula }, exists(PROJECTS))).toEqual([]);
      for (const [, name = ''] of formula.matchAll(/\[\$([A-Za-z0-9]+)\]/g)) {
        expect(placed.has(name)).toBe(true);
      }
    }
  });
});

describe('views', () => {
  const views = SCHEMA.lists.flatMap((list) => list.views.map((view) => ({ list, view })));

  it.each(views.map((v) => [`${v.list.key}/${v.view.key}`, v] as const))('%s filters, sorts and groups only on indexed columns', (_name, { list, view }) => {
    const used = [...(view.filters ?? []).map((f) => f.field), ...(view.orderBy ?? []).map((o) => o.field), ...(view.groupBy ?? [])];
    for (const name of used) {
      expect({ name, indexed: list.fields.find((f) => f.name === name)?.indexed === true }).toEqual({ name, indexed: true });
    }
    for (const name of view.fields) {
      expect({ name, exists: name === 'LinkTitle' || exists(list)(name) }).toEqual({ name, exists: true });
    }
  });

  it('has the six project views with titles in three languages', () => {
    expect(PROJECTS.views.map((v) => v.key)).toEqual(['CurrentPlan', 'ByServiceArea', 'MissingAssessment', 'MyProjects', 'CarriedOver', 'AllItems']);
    for (const view of PROJECTS.views) {
      expect(new Set(LANGUAGES.map((l) => view.title[l])).size).toBeGreaterThan(1);
    }
  });
});

describe('validation formulas and help texts', () => {
  const formulas = SCHEMA.lists.flatMap((list) => [
    ...(list.validation ? [{ list, formula: list.validation.value.formula, message: list.validation.value.message }] : []),
    ...list.fields.flatMap((f) => (f.validation ? [{ list, formula: f.validation.value.formula, message: f.validation.value.message }] : []))
  ]);

  it('refers only to schema columns and explains itself in each language', () => {
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    for (const { list, formula, message } of formulas) {
      for (const [, name = ''] of formula.matchAll(/\[([A-Za-z0-9_]+)\]/g)) {
        expect({ name, exists: exists(list)(name) }).toEqual({ name, exists: true });
      }
      expect(new Set(LANGUAGES.map((l) => message[l])).size).toBe(3);
    }
  });

  it('has a help text in fi, sv and en for every column, each in its own language', () => {
    for (const list of SCHEMA.lists) {
      expect(list.localizedSince).toBeDefined();
      for (const field of list.fields) {
        const help = field.description;
        expect({ field: field.name, ok: LANGUAGES.every((l) => help[l].trim().length >= 10) && help.sv !== help.fi && help.en !== help.fi }).toEqual({ field: field.name, ok: true });
      }
    }
  });
});
