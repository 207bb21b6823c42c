/**
 * Column formatting (SharePoint's column-formatting JSON) of the Projects list: status, RAG and
 * impact levels as icon plus text (never colour alone), progress as a bar with its number,
 * schedule as the structured months with the original text as the tooltip, costs in euros.
 * The icons key on the default Finnish choices; any other value still shows as text.
 */
import { IMPACT_LEVEL, RAG, STATUS } from '../../../domain/vocabulary';

export const COLUMN_FORMATTING_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

export interface FormatterNode {
  $schema?: string;
  elmType: string;
  txtContent?: string;
  style?: Record<string, string>;
  attributes?: Record<string, string>;
  children?: FormatterNode[];
}

export type Pairs = readonly (readonly [string, string])[];

/** `=if(subject == 'a', 'x', if(… , fallback))` from value → result pairs. */
function chooseBy(pairs: Pairs, fallback: string, subject = '@currentField'): string {
  const quote = (text: string): string => `'${text.replace(/'/g, "\\'")}'`;
  return `=${pairs.reduceRight((rest, [value, result]) => `if(${subject} == ${quote(value)}, ${quote(result)}, ${rest})`, quote(fallback))}`;
}

/** An icon (decorative: the text says the same) followed by the value as text. */
export function iconAndText(icons: Pairs, colours?: Pairs, subject = '@currentField'): FormatterNode {
  const node: FormatterNode = {
    elmType: 'div',
    style: { display: 'flex', 'align-items': 'center' },
    children: [
      // spacing by margin: SharePoint drops `gap`, which is not on the formatting allow-list
      { elmType: 'span', style: { 'margin-right': '6px' }, attributes: { iconName: chooseBy([...icons, ['', '']], 'Info', subject), 'aria-hidden': 'true' } },
      { elmType: 'span', txtContent: subject }
    ]
  };
  if (colours) {
    node.attributes = { class: chooseBy(colours, '', subject) };
  }
  return node;
}

function columnFormat(node: FormatterNode): FormatterNode {
  return { $schema: COLUMN_FORMATTING_SCHEMA, ...node };
}

const STATUS_ICONS: Pairs = [
  [STATUS.proposed, 'Lightbulb'],
  [STATUS.approved, 'CheckMark'],
  [STATUS.inProgress, 'Play'],
  [STATUS.done, 'CompletedSolid'],
  [STATUS.postponed, 'Clock'],
  [STATUS.cancelled, 'Cancel']
];

export const RAG_ICONS: Pairs = [
  [RAG.green, 'CompletedSolid'],
  [RAG.amber, 'WarningSolid'],
  [RAG.red, 'StatusErrorFull']
];

const RAG_COLOURS: Pairs = [
  [RAG.green, 'sp-field-severity--good'],
  [RAG.amber, 'sp-field-severity--warning'],
  [RAG.red, 'sp-field-severity--blocked']
];

export const STATUS_FORMAT = columnFormat(iconAndText(STATUS_ICONS));

export const RAG_FORMAT = columnFormat(iconAndText(RAG_ICONS, RAG_COLOURS));

export const IMPACT_FORMAT = columnFormat(
  iconAndText([
    [IMPACT_LEVEL.none, 'CircleRing'],
    [IMPACT_LEVEL.minor, 'CircleHalfFull'],
    [IMPACT_LEVEL.significant, 'CircleFill'],
    [IMPACT_LEVEL.unknown, 'Unknown'],
    [IMPACT_LEVEL.notAssessed, 'StatusCircleQuestionMark']
  ])
);

export const PROGRESS_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  style: { display: 'flex', 'align-items': 'center' },
  children: [
    {
      elmType: 'div',
      // decorative: the number next to it says the same to a screen reader
      attributes: { 'aria-hidden': 'true' },
      style: { width: '80px', height: '8px', 'background-color': '#edebe9', border: '1px solid #8a8886', 'margin-right': '6px' },
      children: [{ elmType: 'div', style: { width: "=if(@currentField == '', '0%', toString(@currentField) + '%')", height: '8px', 'background-color': '#0f6cbd' } }]
    },
    { elmType: 'span', style: { 'white-space': 'nowrap' }, txtContent: "=if(@currentField == '', '', toString(@currentField) + ' %')" }
  ]
};

export const SCHEDULE_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  attributes: { title: '@currentField' },
  txtContent: "=if([$ScheduleStart] == '' && [$ScheduleEnd] == '', @currentField, [$ScheduleStart] + ' – ' + [$ScheduleEnd])"
};

export const EURO_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  style: { 'text-align': 'right' },
  txtContent: "=if(@currentField == '', '', toLocaleString(@currentField) + ' €')"
};

/** Costs text with the structured investment range in euros first; the text stays as the tooltip. */
export const COST_TEXT_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  attributes: { title: '@currentField' },
  txtContent:
    "=if([$InvestmentMax] == '', @currentField, if([$InvestmentMin] == '' || [$InvestmentMin] == [$InvestmentMax], '', toLocaleString([$InvestmentMin]) + ' – ') + toLocaleString([$InvestmentMax]) + ' €')"
};

/** Words of the form header and footer, in one language. */
export interface FormWords {
  status: string;
  rag: string;
  footer: string;
}

/** The list form's header: number and title, then status and RAG as icon and text. */
export function formHeader(words: FormWords): FormatterNode {
  const labelled = (label: string, field: string, icons: Pairs): FormatterNode => ({
    elmType: 'div',
    style: { display: 'flex', 'align-items': 'center', 'margin-right': '24px' },
    children: [{ elmType: 'span', style: { 'margin-right': '6px' }, attributes: { class: 'ms-fontColor-neutralSecondary' }, txtContent: `${label}:` }, iconAndText(icons, undefined, `[$${field}]`)]
  });
  return {
    elmType: 'div',
    attributes: { class: 'ms-borderColor-neutralTertiary' },
    style: {
      width: '100%',
      'box-sizing': 'border-box',
      'border-style': 'solid',
      'border-top-width': '0px',
      'border-left-width': '0px',
      'border-right-width': '0px',
      'border-bottom-width': '1px',
      'margin-bottom': '16px',
      padding: '0 0 12px 0'
    },
    children: [
      {
        elmType: 'div',
        attributes: { class: 'ms-fontSize-24 ms-fontWeight-semibold', role: 'heading', 'aria-level': '1' },
        txtContent: "=if([$ProjectNumber] == '', '', [$ProjectNumber] + ' ') + [$Title]"
      },
      {
        elmType: 'div',
        style: { display: 'flex', 'flex-wrap': 'wrap', 'margin-top': '8px' },
        children: [labelled(words.status, 'ProjectStatus', STATUS_ICONS), labelled(words.rag, 'Rag', RAG_ICONS)]
      }
    ]
  };
}

/** A list form's footer: a note in the secondary text colour. */
export function noteFooter(text: string): FormatterNode {
  return {
    elmType: 'div',
    attributes: { class: 'ms-fontColor-neutralSecondary' },
    style: { width: '100%', 'margin-top': '8px' },
    txtContent: text
  };
}

/** The list form's footer: where the changes show. */
export function formFooter(words: FormWords): FormatterNode {
  return noteFooter(words.footer);
}

/** A list form's header: the title as the form's heading, one line below it (`content`). */
export function titleFormHeader(content: FormatterNode): FormatterNode {
  return {
    elmType: 'div',
    style: { width: '100%', 'margin-bottom': '16px', padding: '0 0 12px 0' },
    children: [{ elmType: 'div', attributes: { class: 'ms-fontSize-24 ms-fontWeight-semibold', role: 'heading', 'aria-level': '1' }, txtContent: '[$Title]' }, content]
  };
}

/** The line under a form's title that names a choice column's value: "Tila: Suunniteltu". */
export function labelledValue(label: string, field: string): FormatterNode {
  return { elmType: 'div', style: { 'margin-top': '8px' }, txtContent: `='${label}: ' + [$${field}]` };
}
