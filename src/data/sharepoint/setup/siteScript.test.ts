/**
 * The site script of the portfolio site template: generated from the schema and committed as
 * sharepoint/site-script/salkku.site-script.json, only documented verbs and properties, every
 * field with a stable ID, within SharePoint's limits.
 */
import * as fs from 'fs';
import * as path from 'path';
import { listSchema, SCHEMA, SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { FieldSchema, ListSchema, PortfolioSchema } from '../schema/schema.types';
import type { CreateSPListAction, ListSubaction, SiteScript } from './siteScript';
import {
  checkSiteScriptLimits,
  countActions,
  serializeSiteScript,
  SITE_SCRIPT_LIMITS,
  SITE_SCRIPT_SCHEMA,
  siteScriptFromSchema,
  stableGuid
} from './siteScript';

const FILE = path.join(__dirname, '../../../../sharepoint/site-script/salkku.site-script.json');

/**
 * Verbs and their properties as sp-dev-docs documents them
 * (docs/declarative-customization/site-design-json-schema.md). SharePoint refuses a script with
 * any other verb ("unable to handle action").
 */
const DOCUMENTED_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  createSPList: ['listName', 'templateType', 'subactions']
};
const DOCUMENTED_LIST_SUBACTIONS: Readonly<Record<string, readonly string[]>> = {
  setDescription: ['description'],
  setTitle: ['title'],
  addSPField: ['fieldType', 'displayName', 'id', 'internalName', 'isRequired', 'addToDefaultView', 'enforceUnique'],
  deleteSPField: ['displayName'],
  addSPFieldXml: ['schemaXml', 'addToDefaultView'],
  addSPLookupFieldXml: ['schemaXml', 'targetListName', 'targetListUrl', 'addToDefaultView'],
  addSiteColumn: ['internalName', 'addToDefaultView'],
  addSPView: ['name', 'viewFields', 'query', 'rowLimit', 'isPaged', 'makeDefault', 'scope', 'formatterJSON'],
  removeSPView: ['name'],
  addContentType: ['name'],
  removeContentType: ['name'],
  setSPFieldCustomFormatter: ['fieldDisplayName', 'formatterJSON']
};

/** Fields every generic list has that views may show. */
const BUILT_IN_VIEW_FIELDS = new Set(['ID', 'Title', 'LinkTitle', 'LinkTitleNoMenu', 'Created', 'Modified', 'Author', 'Editor', 'Attachments']);

const GUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/;

function parseXml(text: string): Element {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    throw new Error(`Not well-formed XML: ${text}`);
  }
  return doc.documentElement;
}

type FieldSubaction = Extract<ListSubaction, { verb: 'addSPFieldXml' | 'addSPLookupFieldXml' }>;

function fieldSubactions(action: CreateSPListAction): FieldSubaction[] {
  return action.subactions.filter((s): s is FieldSubaction => s.verb === 'addSPFieldXml' || s.verb === 'addSPLookupFieldXml');
}

function listActionFor(script: SiteScript, list: ListSchema): CreateSPListAction {
  const action = script.actions.find((a) => `Lists/${a.listName}` === list.url);
  if (!action) {
    throw new Error(`No createSPList for ${list.url}`);
  }
  return action;
}

function textField(name: string, description = 'x'): FieldSchema {
  return { name, kind: 'Text', title: { fi: name, sv: name, en: name }, description: { fi: description, sv: description, en: description }, since: 1 };
}

function withProjectFields(extra: readonly FieldSchema[]): PortfolioSchema {
  return { ...SCHEMA, lists: SCHEMA.lists.map((l) => (l.key === 'projects' ? { ...l, fields: [...l.fields, ...extra] } : l)) };
}

const script = siteScriptFromSchema(SCHEMA);

describe('the committed site script', () => {
  it('is what the schema gives (npm run site-script regenerates it)', () => {
    expect(fs.readFileSync(FILE, 'utf8')).toBe(serializeSiteScript(script));
  });

  it('has the documented top-level shape', () => {
    expect(Object.keys(script).sort()).toEqual(['$schema', 'actions', 'bindata', 'version']);
    expect(script.$schema).toBe(SITE_SCRIPT_SCHEMA);
    expect(script.bindata).toEqual({});
    expect(script.version).toBe(1);
  });
});

describe('lists and fields', () => {
  it('creates every list at its schema URL, in schema order, as a custom list titled in Finnish', () => {
    expect(script.actions.map((a) => `Lists/${a.listName}`)).toEqual(SCHEMA.lists.map((l) => l.url));
    for (const list of SCHEMA.lists) {
      const action = listActionFor(script, list);
      expect(action.templateType).toBe(100);
      expect(action.subactions[0]).toEqual({ verb: 'setDescription', description: list.description.fi });
      // renamed last, after every subaction that works on the list found by its name
      expect(action.subactions[action.subactions.length - 1]).toEqual({ verb: 'setTitle', title: list.title.fi });
    }
  });

  it('creates every field but the built-in Title, with internal names and types from the schema', () => {
    for (const list of SCHEMA.lists) {
      const created = fieldSubactions(listActionFor(script, list)).map((s) => parseXml(s.schemaXml));
      const expected = list.fields.filter((f) => !f.builtIn);
      expect(created.map((x) => x.getAttribute('Name'))).toEqual(expected.map((f) => f.name));
      created.forEach((x, i) => {
        expect(x.tagName).toBe('Field');
        expect(x.getAttribute('StaticName')).toBe(expected[i]?.name);
        expect(x.getAttribute('Type')).toBe(expected[i]?.kind);
        expect(x.getAttribute('DisplayName')).toBe(expected[i]?.title.fi);
        expect(x.getAttribute('Indexed')).toBe(expected[i]?.indexed === true ? 'TRUE' : 'FALSE');
      });
      expect(created.map((x) => x.getAttribute('Name'))).not.toContain('Title');
    }
  });

  it('never creates the schema-version field, so the first owner is offered the Upgrade', () => {
    expect(serializeSiteScript(script)).not.toContain(SCHEMA_VERSION_FIELD);
    const withVersionField = siteScriptFromSchema(withProjectFields([textField(SCHEMA_VERSION_FIELD)]));
    const projects = listActionFor(withVersionField, listSchema('projects'));
    expect(fieldSubactions(projects).map((s) => parseXml(s.schemaXml).getAttribute('Name'))).not.toContain(SCHEMA_VERSION_FIELD);
  });

  it('gives every field a GUID ID that is unique and the same on every run', () => {
    const ids = script.actions.flatMap((a) => fieldSubactions(a).map((s) => parseXml(s.schemaXml).getAttribute('ID') ?? ''));
    expect(ids.length).toBe(SCHEMA.lists.reduce((n, l) => n + l.fields.filter((f) => !f.builtIn).length, 0));
    ids.forEach((id) => expect(id).toMatch(GUID));
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    const again = siteScriptFromSchema(SCHEMA);
    expect(again.actions.flatMap((a) => fieldSubactions(a).map((s) => parseXml(s.schemaXml).getAttribute('ID')))).toEqual(ids);
    // a field keeps its ID when others are added before or after it
    const extended = siteScriptFromSchema(withProjectFields([textField('Extra')]));
    const planId = (s: SiteScript): string | null =>
      fieldSubactions(listActionFor(s, listSchema('projects')))
        .map((x) => parseXml(x.schemaXml))
        .find((x) => x.getAttribute('Name') === 'Plan')
        ?.getAttribute('ID') ?? null;
    expect(planId(extended)).toBe(planId(script));
  });

  it('derives GUIDs from the seed alone', () => {
    expect(stableGuid('a')).toBe(stableGuid('a'));
    expect(stableGuid('a')).not.toBe(stableGuid('b'));
    expect(stableGuid('Lists/SalkkuProjects:Plan')).not.toBe(stableGuid('Lists/SalkkuProjects:Plans'));
    expect(`{${stableGuid('x')}}`).toMatch(GUID);
  });

  it('points lookups at the looked-up list, created earlier in the script', () => {
    let lookups = 0;
    for (const list of SCHEMA.lists) {
      const action = listActionFor(script, list);
      for (const field of list.fields.filter((f) => f.kind === 'Lookup' || f.kind === 'LookupMulti')) {
        const sub = fieldSubactions(action).find((s) => parseXml(s.schemaXml).getAttribute('Name') === field.name);
        const target = SCHEMA.lists.find((l) => l.key === field.lookupList);
        expect(sub?.verb).toBe('addSPLookupFieldXml');
        expect(sub && 'targetListUrl' in sub ? sub.targetListUrl : undefined).toBe(target?.url);
        expect(script.actions.findIndex((a) => `Lists/${a.listName}` === target?.url)).toBeLessThan(script.actions.indexOf(action));
        // the list is named by targetListUrl, not by an id that differs on every site
        expect(parseXml(sub?.schemaXml ?? '<x/>').getAttribute('List')).toBeNull();
        lookups++;
      }
      fieldSubactions(action)
        .filter((s) => s.verb === 'addSPFieldXml')
        .forEach((s) => expect(parseXml(s.schemaXml).getAttribute('Type')).not.toMatch(/^Lookup/));
    }
    expect(lookups).toBeGreaterThan(0);
  });

  it('refuses a lookup to a list the script creates later', () => {
    const reordered = [listSchema('goals'), listSchema('projects'), listSchema('plans')];
    expect(() => siteScriptFromSchema({ ...SCHEMA, lists: reordered })).toThrow(/creates later/);
  });
});

describe('documented actions only', () => {
  it('uses only documented verbs with documented properties', () => {
    for (const action of script.actions) {
      expect(Object.keys(DOCUMENTED_ACTIONS)).toContain(action.verb);
      Object.keys(action)
        .filter((k) => k !== 'verb')
        .forEach((k) => expect(DOCUMENTED_ACTIONS[action.verb]).toContain(k));
      for (const sub of action.subactions) {
        expect(Object.keys(DOCUMENTED_LIST_SUBACTIONS)).toContain(sub.verb);
        Object.keys(sub)
          .filter((k) => k !== 'verb')
          .forEach((k) => expect({ verb: sub.verb, property: k, documented: DOCUMENTED_LIST_SUBACTIONS[sub.verb]?.includes(k) }).toEqual({ verb: sub.verb, property: k, documented: true }));
        if (sub.verb === 'addSPLookupFieldXml') {
          // "Provide either this or targetListUrl"
          expect(['targetListName', 'targetListUrl'].filter((k) => k in sub)).toHaveLength(1);
        }
      }
    }
  });

  it('makes the schema views under their keys, with columns the list has and well-formed queries', () => {
    for (const list of SCHEMA.lists) {
      const action = listActionFor(script, list);
      const fieldNames = new Set(fieldSubactions(action).map((s) => parseXml(s.schemaXml).getAttribute('Name')));
      const views = action.subactions.filter((s): s is Extract<ListSubaction, { verb: 'addSPView' }> => s.verb === 'addSPView');
      // "All items" exists on every list: its columns come with addToDefaultView
      expect(views.map((v) => v.name)).toEqual(list.views.filter((v) => v.key !== 'AllItems').map((v) => v.key));
      for (const view of views) {
        view.viewFields.forEach((name) => expect({ view: view.name, name, exists: fieldNames.has(name) || BUILT_IN_VIEW_FIELDS.has(name) }).toEqual({ view: view.name, name, exists: true }));
        expect(() => parseXml(`<Query>${view.query}</Query>`)).not.toThrow();
        expect(view.isPaged).toBe(true);
      }
      expect(views.filter((v) => v.makeDefault).map((v) => v.name)).toEqual(list.views.filter((v) => v.isDefault && v.key !== 'AllItems').map((v) => v.key));
    }
  });

  it('adds exactly the columns of the "All items" view to the default view', () => {
    for (const list of SCHEMA.lists) {
      const allItems = new Set(list.views.find((v) => v.key === 'AllItems')?.fields ?? []);
      for (const sub of fieldSubactions(listActionFor(script, list))) {
        expect(sub.addToDefaultView).toBe(allItems.has(parseXml(sub.schemaXml).getAttribute('Name') ?? ''));
      }
    }
  });

  it('formats the schema\'s formatted columns, naming each by a display name only it has', () => {
    for (const list of SCHEMA.lists) {
      const action = listActionFor(script, list);
      const displayNames = fieldSubactions(action).map((s) => parseXml(s.schemaXml).getAttribute('DisplayName'));
      const formatted = action.subactions.filter((s): s is Extract<ListSubaction, { verb: 'setSPFieldCustomFormatter' }> => s.verb === 'setSPFieldCustomFormatter');
      const expected = list.fields.filter((f) => f.formatter && !f.builtIn);
      expect(formatted.map((s) => s.fieldDisplayName)).toEqual(expected.map((f) => f.title.fi));
      formatted.forEach((s, i) => {
        expect(s.formatterJSON).toEqual(expected[i]?.formatter?.value);
        expect(displayNames.filter((n) => n === s.fieldDisplayName)).toHaveLength(1);
        // after the field it formats
        const fieldIndex = action.subactions.findIndex((x) => 'schemaXml' in x && parseXml(x.schemaXml).getAttribute('Name') === expected[i]?.name);
        expect(fieldIndex).toBeLessThan(action.subactions.indexOf(s));
      });
    }
  });
});

describe('SharePoint limits', () => {
  it('counts actions and subactions cumulatively', () => {
    const small: SiteScript = {
      $schema: SITE_SCRIPT_SCHEMA,
      version: 1,
      bindata: {},
      actions: [
        { verb: 'createSPList', listName: 'A', templateType: 100, subactions: [{ verb: 'setTitle', title: 'a' }] },
        { verb: 'createSPList', listName: 'B', templateType: 100, subactions: [] }
      ]
    };
    expect(countActions(small)).toBe(3);
    expect(countActions(script)).toBe(script.actions.length + script.actions.reduce((n, a) => n + a.subactions.length, 0));
  });

  it('keeps the script within 300 actions and 100,000 characters', () => {
    expect(countActions(script)).toBeLessThanOrEqual(SITE_SCRIPT_LIMITS.maxActions);
    expect(serializeSiteScript(script).length).toBeLessThanOrEqual(SITE_SCRIPT_LIMITS.maxCharacters);
    expect(checkSiteScriptLimits(script)).toEqual([]);
  });

  it('is the script itself, compact (SharePoint counts indentation too), one list per line', () => {
    const text = serializeSiteScript(script);
    expect(JSON.parse(text)).toEqual(script);
    expect(text.length).toBeLessThan(JSON.stringify(script, null, 2).length * 0.85);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(script.actions.length + 2);
    expect(lines.slice(1, -1).every((line, i) => line.startsWith(`{"verb":"createSPList","listName":"${script.actions[i]?.listName ?? ''}"`))).toBe(true);
  });

  it('detects a schema that outgrows the action limit', () => {
    const fields = Array.from({ length: SITE_SCRIPT_LIMITS.maxActions }, (_, i) => textField(`Extra${i}`));
    const problems = checkSiteScriptLimits(siteScriptFromSchema(withProjectFields(fields)));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+ actions and subactions; SharePoint applies at most 300$/)]));
  });

  it('detects a schema that outgrows the character limit', () => {
    const problems = checkSiteScriptLimits(siteScriptFromSchema(withProjectFields([textField('Long', 'x'.repeat(SITE_SCRIPT_LIMITS.maxCharacters))])));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/characters/);
  });
});
