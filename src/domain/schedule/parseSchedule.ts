/**
 * Parser of free-text schedules ("Aikataulu") of IT action plans: "3/2019 – 12/2020",
 * "2-8/2020", "Selvitystyö 2020, hankinta 2021.", "Q4/2021", "kevät 2021", "vuoden 2021
 * alusta –", "Avoin", ...
 *
 * The text is kept as written; start and end months are derived only from what the text says
 * (never guessed), and every derived month has evidence: the exact substring it came from.
 * Pipeline: tokens → atoms (dates) → clauses → spans → phases and the overall range.
 */
import type { Schedule, SchedulePhase } from '../model';
import { emptySchedule } from '../model';
import type { DomainWarning, Evidence, WarningCode } from '../warnings';
import type { Atom } from './atom';
import { classifyTokens, findAtoms } from './atoms';
import type { Clause } from './clauses';
import { splitClauses } from './clauses';
import { readFlags } from './flags';
import type { Combined, NameContext } from './phases';
import { clauseName, clauseText, combineSpans } from './phases';
import type { ClauseSpans, MonthRef, Span, TokenRange } from './spans';
import { readClause } from './spans';
import { tokenAt, tokenize } from './tokens';
import type { Token } from './tokens';

export interface ScheduleParse {
  schedule: Schedule;
  warnings: DomainWarning[];
  evidence: Evidence[];
}

/** At most this many warnings are reported for one text. */
const MAX_WARNINGS = 20;
const FIELD = 'schedule';

interface ReadClause {
  clause: Clause;
  spans: ClauseSpans;
}

class Analysis {
  public readonly schedule: Schedule;
  public readonly warnings: DomainWarning[] = [];
  public readonly evidence: Evidence[] = [];
  private readonly tokens: Token[];
  private readonly names: NameContext;

  public constructor(private readonly text: string) {
    this.schedule = emptySchedule(text);
    this.tokens = tokenize(text);
    const infos = classifyTokens(this.tokens);
    const atoms = findAtoms({ tokens: this.tokens, infos });
    const clauses = splitClauses(this.tokens, atoms);
    const flags = readFlags(this.tokens, infos, atoms, clauses);
    this.names = { text, tokens: this.tokens, infos, covered: this.coverage(atoms) };

    const read: ReadClause[] = clauses.map((clause) => ({
      clause,
      spans: readClause({ tokens: this.tokens, infos, quiet: flags.quiet }, clause)
    }));
    const spans: Span[] = [];
    for (const r of read) {
      for (const span of r.spans.spans) {
        spans.push(span);
      }
    }

    this.schedule.ongoing = flags.ongoing;
    this.schedule.recurring = flags.recurring;
    this.schedule.uncertain = flags.uncertain || spans.some((s) => s.approx);
    this.schedule.alternatives = read.some((r) => this.hasAlternatives(r));
    this.setRange(combineSpans(spans), spans.length);
    this.setPhases(read);
    this.warn(atoms, read, spans.length > 0 || flags.statement);
  }

  private coverage(atoms: readonly Atom[]): boolean[] {
    const covered = new Array<boolean>(this.tokens.length).fill(false);
    for (const atom of atoms) {
      for (let i = atom.first; i <= atom.last; i++) {
        covered[i] = true;
      }
    }
    return covered;
  }

  /** "9-12/2019 tai 2020": an "or" word between two spans of a clause. */
  private hasAlternatives(r: ReadClause): boolean {
    const spans = r.spans.spans;
    if (spans.length < 2) {
      return false;
    }
    const firstEnd = spans.reduce((min, s) => Math.min(min, s.lastToken), Infinity);
    const lastStart = spans.reduce((max, s) => Math.max(max, s.firstToken), -Infinity);
    for (let i = firstEnd + 1; i < lastStart; i++) {
      const info = this.names.infos[i];
      if (info && info.kind === 'alternative') {
        return true;
      }
    }
    return false;
  }

  private source(ref: MonthRef): string {
    return this.text.slice(ref.from, ref.to);
  }

  private addEvidence(field: string, ref: MonthRef | null): void {
    if (ref) {
      this.evidence.push({ field, value: ref.month, source: this.source(ref), note: ref.note || undefined });
    }
  }

  private setRange(combined: Combined, spanCount: number): void {
    if (spanCount === 0) {
      return;
    }
    this.schedule.start = combined.start ? combined.start.month : null;
    this.schedule.end = combined.end ? combined.end.month : null;
    this.schedule.openEnd = combined.openEnd && this.schedule.start !== null && this.schedule.end === null;
    this.addEvidence('start', combined.start);
    this.addEvidence('end', combined.end);
  }

  /** Phases: at least two clauses with dates, each with a name. */
  private setPhases(read: readonly ReadClause[]): void {
    const dated = read.filter((r) => r.spans.spans.length > 0);
    if (dated.length < 2) {
      return;
    }
    const names = dated.map((r) => clauseName(this.names, r.clause, r.spans.spans));
    if (names.some((n) => n === null)) {
      return;
    }
    dated.forEach((r, index) => {
      const combined = combineSpans(r.spans.spans);
      const phase: SchedulePhase = {
        name: names[index] ?? '',
        text: clauseText(this.names, r.clause),
        start: combined.start ? combined.start.month : null,
        end: combined.end ? combined.end.month : null
      };
      this.schedule.phases.push(phase);
      this.addEvidence(`phase:${index}.start`, combined.start);
      this.addEvidence(`phase:${index}.end`, combined.end);
    });
  }

  private detail(range: TokenRange): string {
    return this.text.slice(tokenAt(this.tokens, range.first).start, tokenAt(this.tokens, range.last).end);
  }

  private push(code: WarningCode, detail: string): void {
    if (this.warnings.length < MAX_WARNINGS) {
      this.warnings.push({ code, field: FIELD, detail });
    }
  }

  private warn(atoms: readonly Atom[], read: readonly ReadClause[], understood: boolean): void {
    const impossible = atoms.filter((a) => a.kind === 'impossible');
    for (const atom of impossible) {
      this.push('scheduleImpossibleDate', this.detail(atom));
    }
    for (const r of read) {
      for (const range of r.spans.reversed) {
        this.push('scheduleEndBeforeStart', this.detail(range));
      }
    }
    const reversedReported = this.warnings.some((w) => w.code === 'scheduleEndBeforeStart');
    const { start, end } = this.schedule;
    if (!reversedReported && start !== null && end !== null && start > end) {
      this.push('scheduleEndBeforeStart', this.text.trim());
    }
    if (!understood && impossible.length === 0) {
      if (this.text.trim() !== '') {
        this.push('scheduleNotUnderstood', this.text);
      }
      return;
    }
    const ignored: TokenRange[] = atoms.filter((a) => a.kind === 'unplaced');
    for (const r of read) {
      for (const range of r.spans.ignored) {
        ignored.push(range);
      }
    }
    ignored.sort((a, b) => a.first - b.first);
    for (const range of ignored) {
      this.push('schedulePartlyUnderstood', this.detail(range));
    }
  }
}

function failed(text: string): ScheduleParse {
  const warnings: DomainWarning[] =
    text.trim() === '' ? [] : [{ code: 'scheduleNotUnderstood', field: FIELD, detail: text }];
  return { schedule: emptySchedule(text), warnings, evidence: [] };
}

/**
 * Reads a free-text schedule. Never throws; `schedule.text` is the text exactly as given
 * ('' for null/undefined).
 */
export function parseSchedule(text: string | null | undefined): ScheduleParse {
  const source = typeof text === 'string' ? text : '';
  try {
    const analysis = new Analysis(source);
    return { schedule: analysis.schedule, warnings: analysis.warnings, evidence: analysis.evidence };
  } catch {
    return failed(source);
  }
}
