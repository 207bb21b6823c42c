/** The README's table of lists and columns, generated from the typed schema. */
import { SCHEMA } from '../../src/data/sharepoint/schema/schema';
import type { FieldSchema } from '../../src/data/sharepoint/schema/schema.types';

function typeOf(field: FieldSchema): string {
  if (field.kind === 'Lookup' || field.kind === 'LookupMulti') {
    return `${field.kind} → ${field.lookupList ?? ''}`;
  }
  return field.kind;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function schemaTables(): string {
  const parts: string[] = [];
  for (const list of SCHEMA.lists) {
    parts.push(`#### ${list.title.en} (${list.title.fi} / ${list.title.sv}) — \`${list.url}\``);
    parts.push('');
    parts.push('| Column (internal name) | Type | Title fi / sv / en | Indexed | Default choices |');
    parts.push('| --- | --- | --- | --- | --- |');
    for (const field of list.fields) {
      parts.push(
        `| \`${field.name}\` | ${typeOf(field)} | ${escape(field.title.fi)} / ${escape(field.title.sv)} / ${escape(field.title.en)} | ${field.indexed ? 'yes' : ''} | ${escape((field.choices ?? []).join(', '))} |`
      );
    }
    parts.push('');
  }
  return parts.join('\n').trim();
}
