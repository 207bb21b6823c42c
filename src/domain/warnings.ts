/**
 * Warnings the domain attaches to what it could not fully understand. Codes are stable and
 * localised by the UI; `detail` carries the offending text so nothing is lost.
 */
export type WarningCode =
  | 'scheduleNotUnderstood'
  | 'schedulePartlyUnderstood'
  | 'scheduleEndBeforeStart'
  | 'scheduleImpossibleDate'
  | 'costsNotUnderstood'
  | 'costsPartlyUnderstood'
  | 'costsMinAboveMax'
  | 'missingTitle'
  | 'missingNumber'
  /** A required value is empty (a report without its project or day): the item is listed, not used. */
  | 'missingValue'
  /** A published status report changed afterwards (in SharePoint's own form): history is not edited. */
  | 'editedAfterPublishing'
  | 'unknownChoice'
  | 'invalidNumber'
  | 'invalidDate'
  | 'textTruncated'
  | 'unsafeLink'
  /**
   * A short text (title, unit…) holds a directional embedding, override or isolate character
   * (U+202A–U+202E, U+2066–U+2069), which changes the order in which its letters are shown.
   */
  | 'bidiControl'
  /** A cost figure outside the plausible range for a city (see `CostLimits`). */
  | 'costImplausible'
  | 'importUnknownField'
  | 'importDuplicateNumber'
  | 'importEmptyProject'
  | 'importMissingField'
  /** Document text the importer could not place in the plan info or in any project. */
  | 'importUnplacedText'
  /** A document section deliberately not imported (an appendix, "Liite"). */
  | 'importSkippedSection'
  /** The document has no recognisable plan structure (no plan sections, no project fields). */
  | 'importNoPlanStructure'
  /**
   * A numbered list item in a project's text whose number would also fit the document's
   * section numbering ("8. Alasajo" after section 7): kept as the project's text, not a heading.
   */
  | 'importListNotHeading'
  /** A name a letter or two from one the organisation uses was taken as it ("written → matched"). */
  | 'importNameMatched'
  /** A value read from a project's body text rather than its labelled field (a free-form programme). */
  | 'importValueInferred'
  /**
   * A section's or group's own text (an introduction, proposals for a whole group), which is no
   * project's: `field` is the heading, `detail` the whole text.
   */
  | 'importSectionText'
  /**
   * Actual costs (toteuma) above the estimate's upper bound: `field` is "actuals.investment" or
   * "actuals.recurring.<year>", `detail` "<actual> > <estimate max>".
   */
  | 'actualOverEstimate';

export interface DomainWarning {
  code: WarningCode;
  /** The model field concerned, e.g. "schedule", "costs", "status". */
  field?: string;
  /** The text that caused the warning, as written. */
  detail?: string;
}

/**
 * Where a derived value came from: `source` is a substring of the original text (so a test can
 * prove that no value was invented); `note` explains a computation ("300 €/kk × 12").
 */
export interface Evidence {
  field: string;
  value: string;
  source: string;
  note?: string;
}
