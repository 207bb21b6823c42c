/**
 * The part of CAML a list view's query uses (Where with And/Or/Eq/Neq/IsNull/IsNotNull,
 * OrderBy, GroupBy), applied to list items the way SharePoint applies a view. Preview only.
 */

/** An item as the REST API returns it: lookups and people as `<Name>Id` plus expanded titles. */
export type ListItem = Record<string, unknown>;

export interface ViewQuery {
  matches(item: ListItem): boolean;
  orderBy: { field: string; ascending: boolean }[];
  groupBy: string[];
}

/** Child `index` of a CAML element that must have it: a view query without it is malformed. */
function child(element: Element, index: number): Element {
  const found = element.children.item(index);
  if (!found) {
    throw new Error(`The CAML <${element.tagName}> has no element ${index + 1}`);
  }
  return found;
}

function valueOf(item: ListItem, fieldRef: Element): unknown {
  const name = fieldRef.getAttribute('Name') ?? '';
  if (fieldRef.getAttribute('LookupId')?.toUpperCase() === 'TRUE') {
    return item[`${name}Id`];
  }
  return item[name];
}

function comparable(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? '1' : '0';
  }
  return String(value);
}

function predicate(element: Element, currentUserId: number): (item: ListItem) => boolean {
  switch (element.tagName) {
    case 'And':
    case 'Or': {
      const a = predicate(child(element, 0), currentUserId);
      const b = predicate(child(element, 1), currentUserId);
      return element.tagName === 'And' ? (item) => a(item) && b(item) : (item) => a(item) || b(item);
    }
    case 'IsNull': {
      const field = child(element, 0);
      return (item) => comparable(valueOf(item, field)) === '';
    }
    case 'IsNotNull': {
      const field = child(element, 0);
      return (item) => comparable(valueOf(item, field)) !== '';
    }
    case 'Eq':
    case 'Neq': {
      const field = child(element, 0);
      const value = child(element, 1);
      const expected = value.querySelector('UserID') ? String(currentUserId) : value.textContent ?? '';
      const equal = (item: ListItem): boolean => comparable(valueOf(item, field)) === expected;
      return element.tagName === 'Eq' ? equal : (item) => !equal(item);
    }
    default:
      throw new Error(`The preview does not know CAML <${element.tagName}>`);
  }
}

export function parseViewQuery(viewQuery: string, currentUserId: number): ViewQuery {
  const doc = new DOMParser().parseFromString(`<View>${viewQuery}</View>`, 'application/xml');
  const where = doc.querySelector('Where');
  const condition = where?.firstElementChild;
  const refs = (selector: string): Element[] => Array.from(doc.querySelectorAll(`${selector} > FieldRef`));
  return {
    matches: condition ? predicate(condition, currentUserId) : () => true,
    orderBy: refs('OrderBy').map((r) => ({ field: r.getAttribute('Name') ?? '', ascending: r.getAttribute('Ascending')?.toUpperCase() !== 'FALSE' })),
    groupBy: refs('GroupBy').map((r) => r.getAttribute('Name') ?? '')
  };
}

/** Sorts like SharePoint sorts a text column: by the text, empty first. */
export function sortItems(items: readonly ListItem[], query: ViewQuery, display: (item: ListItem, field: string) => string): ListItem[] {
  const keys = [...query.groupBy.map((field) => ({ field, ascending: true })), ...query.orderBy];
  return [...items].sort((a, b) => {
    for (const { field, ascending } of keys) {
      const order = display(a, field).localeCompare(display(b, field), 'fi');
      if (order !== 0) {
        return ascending ? order : -order;
      }
    }
    return 0;
  });
}
