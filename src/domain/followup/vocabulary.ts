/** The follow-up lists' own vocabulary: stored Finnish choice texts of report states and bodies. */
import type { Vocabulary } from '../vocabulary';
import type { ReportState } from './model';

export const REPORT_STATE: Vocabulary<ReportState> = {
  draft: 'Luonnos',
  published: 'Julkaistu'
};

/** Bodies that meet on the annual clock; cities add their own (the choice allows fill-in). */
export const DEFAULT_MEETING_BODIES: readonly string[] = ['Tietohallinnon ohjausryhmä', 'Johtoryhmä', 'Palvelualan johtoryhmä'];
