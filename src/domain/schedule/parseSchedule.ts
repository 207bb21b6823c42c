/**
 * Parser of free-text schedules ("Aikataulu") of IT action plans: "3/2019 – 12/2020",
 * "2-8/2020", "Selvitystyö 2020, hankinta 2021.", "Q4/2021", "kevät 2021", "vuoden 2021
 * alusta –", "Avoin", ...
 *
 * The text is kept as written; start and end months are derived only from what the text says
 * (never guessed), and every derived month has evidence: the exact substring it came from.
 * Pipeline: tokens → atoms (dates) → clauses → spans → phases and the overall range.
 * What each form means is written down in VOCABULARY.md (its examples are tested).
 */
import type { Schedule, SchedulePhase } from '../model';
import { emptySchedule } from '../model';
import type { DomainWarning, Evidence, WarningCode } from '../warnings';
import type { Atom } from './atom';
import { classifyTokens, findAtoms } from './atoms';
import type { Clause } from './clauses';
import { splitClauses } from './clauses';
import { isOngoing, readFlags } from './flags';
import type { Combined, NameContext } from './phases';
import { clauseName, clauseText, combineSpans } from './phases';
import type { PlanPeriod } from './recurring';
import { placeRecurring } from './recurring';
import type { SeasonKey, SeasonMap, SeasonMonths } from './seasons';
import { withSeasons } from './seasons';
import type { ClauseSpans, MonthRef, Span, TokenRange } from './spans';
import { readClause } from './spans';
import { tokenAt, tokenize } from './tokens';
import type { Token } from './tokens';

export interface ScheduleParse {
  schedule: Schedule;
  warnings: DomainWarning[];
  evidence: Evidence[];
}

export interface ScheduleOptions {
  /**
   * The document's own seasons, when it defines them; the others keep the defaults (kevät 3–5,
   * kesä 6–8, syksy 9–11, talvi 12–2, see VOCABULARY.md).
   */
  seasons?: Partial<Record<SeasonKey, SeasonMonths>>;
  /**
   * The period of the plan the schedule is in: places a recurring period written without any
   * year ("Q1–Q2 / vuosi") at its occurrences in the plan's years.
   */
  period?: PlanPeriod;
}

/** At most this many warnings are reported for one text. */
const MAX_WARNINGS = 20;
const FIELD = 'schedule';

interface ReadClause {
  clause: Clause;
  spans: ClauseSpans;
}

interface ReadPhase {
  read: ReadClause;
  name: string;
  combined: Combined;
}

class Analysis {
  public readonly schedule: Schedule;
  public readonly warnings: DomainWarning[] = [];
  public readonly evidence: Evidence[] = [];
  private readonly tokens: Token[];
  private readonly names: NameContext;

  public constructor(private readonly text: string, seasons: SeasonMap, period: PlanPeriod | undefined) {
    this.schedule = emptySchedule(text);
    this.tokens = tokenize(text);
    const infos = classifyTokens(this.tokens, seasons);
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

    const phases = this.phasesOf(read);
    let combined = combineSpans(spans);
    // An open phase ("Vaihe 2: 2024–202X") leaves the whole schedule open, wherever it is written.
    if (combined.start && phases.some((p) => p.combined.openEnd)) {
      combined = { start: combined.start, end: null, openEnd: true };
    }
    if (flags.recurring) {
      combined = placeRecurring(combined, atoms, this.tokens, period);
    }
    this.schedule.ongoing = isOngoing(flags, combined.start, combined.end);
    this.schedule.recurring = flags.recurring;
    this.schedule.uncertain = flags.uncertain || spans.some((s) => s.approx);
    this.schedule.alternatives = read.some((r) => this.hasAlternatives(r));
    this.setRange(combined);
    this.setPhases(phases);
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

  private setRange(combined: Combined): void {
    this.schedule.start = combined.start ? combined.start.month : null;
    this.schedule.end = combined.end ? combined.end.month : null;
    this.schedule.openEnd = combined.openEnd && this.schedule.start !== null && this.schedule.end === null;
    this.addEvidence('start', combined.start);
    this.addEvidence('end', combined.end);
  }

  /**
   * Phases: at least two clauses with dates, each with a name; or else, at least two dated
   * clauses marked as phases ("Vaihe 2: …"), the other clauses only adding to the overall range.
   */
  private phasesOf(read: readonly ReadClause[]): ReadPhase[] {
    const dated = read.filter((r) => r.spans.spans.length > 0);
    if (dated.length < 2) {
      return [];
    }
    const named = dated.map((r) => ({ read: r, name: clauseName(this.names, r.clause, r.spans.spans) }));
    const all = named.every((n) => n.name !== null);
    const phases: ReadPhase[] = [];
    for (const { read: r, name } of named) {
      if (name !== null && (all || r.clause.phase)) {
        phases.push({ read: r, name, combined: combineSpans(r.spans.spans) });
      }
    }
    return phases.length >= 2 ? phases : [];
  }

  private setPhases(phases: readonly ReadPhase[]): void {
    phases.forEach(({ read: r, name, combined }, index) => {
      const phase: SchedulePhase = {
        name,
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
export function parseSchedule(text: string | null | undefined, options: ScheduleOptions = {}): ScheduleParse {
  const source = typeof text === 'string' ? text : '';
  try {
    const analysis = new Analysis(source, withSeasons(options.seasons), options.period);
    return { schedule: analysis.schedule, warnings: analysis.warnings, evidence: analysis.evidence };
  } catch {
    return failed(source);
  }
}
