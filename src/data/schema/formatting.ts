/**
 * Column formatting (SharePoint's column-formatting JSON) of the Projects list: status, RAG and
 * impact levels as icon plus text (never colour alone), progress as a bar with its number,
 * schedule as the structured months with the original text as the tooltip, costs in euros.
 * The icons key on the default Finnish choices; any other value still shows as text.
 */
import { IMPACT_LEVEL, RAG, STATUS } from '../../domain/vocabulary';

export const COLUMN_FORMATTING_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

export interface FormatterNode {
  $schema?: string;
  elmType: string;
  txtContent?: string;
  style?: Record<string, string>;
  attributes?: Record<string, string>;
  children?: FormatterNode[];
}

/** `=if(@currentField == 'a', 'x', if(… , fallback))` from value → result pairs. */
function chooseBy(pairs: readonly (readonly [string, string])[], fallback: string): string {
  const quote = (text: string): string => `'${text.replace(/'/g, "\\'")}'`;
  return `=${pairs.reduceRight((rest, [value, result]) => `if(@currentField == ${quote(value)}, ${quote(result)}, ${rest})`, quote(fallback))}`;
}

function iconAndText(icon: string, colourClass?: string): FormatterNode {
  return {
    $schema: COLUMN_FORMATTING_SCHEMA,
    elmType: 'div',
    style: { display: 'flex', 'align-items': 'center', gap: '6px' },
    attributes: colourClass ? { class: colourClass } : undefined,
    children: [
      { elmType: 'span', attributes: { iconName: icon, 'aria-hidden': 'true' } },
      { elmType: 'span', txtContent: '@currentField' }
    ]
  };
}

export const STATUS_FORMAT = iconAndText(
  chooseBy(
    [
      [STATUS.proposed, 'Lightbulb'],
      [STATUS.approved, 'CheckMark'],
      [STATUS.inProgress, 'Play'],
      [STATUS.done, 'CompletedSolid'],
      [STATUS.postponed, 'Clock'],
      [STATUS.cancelled, 'Cancel'],
      ['', '']
    ],
    'Info'
  )
);

export const RAG_FORMAT = iconAndText(
  chooseBy(
    [
      [RAG.green, 'CompletedSolid'],
      [RAG.amber, 'WarningSolid'],
      [RAG.red, 'StatusErrorFull'],
      ['', '']
    ],
    'Info'
  ),
  chooseBy(
    [
      [RAG.green, 'sp-field-severity--good'],
      [RAG.amber, 'sp-field-severity--warning'],
      [RAG.red, 'sp-field-severity--blocked']
    ],
    ''
  )
);

export const IMPACT_FORMAT = iconAndText(
  chooseBy(
    [
      [IMPACT_LEVEL.none, 'CircleRing'],
      [IMPACT_LEVEL.minor, 'CircleHalfFull'],
      [IMPACT_LEVEL.significant, 'CircleFill'],
      [IMPACT_LEVEL.unknown, 'Unknown'],
      [IMPACT_LEVEL.notAssessed, 'StatusCircleQuestionMark'],
      ['', '']
    ],
    'TextDocument'
  )
);

export const PROGRESS_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  style: { display: 'flex', 'align-items': 'center', gap: '6px' },
  children: [
    {
      elmType: 'div',
      attributes: { role: 'img', 'aria-label': "=if(@currentField == '', '', toString(@currentField) + ' %')" },
      style: { width: '80px', height: '8px', 'background-color': '#edebe9', border: '1px solid #8a8886' },
      children: [{ elmType: 'div', style: { width: "=if(@currentField == '', '0%', toString(@currentField) + '%')", height: '8px', 'background-color': '#0f6cbd' } }]
    },
    { elmType: 'span', txtContent: "=if(@currentField == '', '', toString(@currentField) + ' %')" }
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

export const COST_TEXT_FORMAT: FormatterNode = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  attributes: { title: '@currentField' },
  txtContent:
    "=if([$InvestmentMin] == '' && [$InvestmentMax] == '', @currentField, toLocaleString([$InvestmentMin]) + ' – ' + toLocaleString([$InvestmentMax]) + ' €')"
};
