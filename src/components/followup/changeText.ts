/** "What changed since the meeting" in words: one line per change, in the reader's language. */
import type { ProjectChange } from '../../domain/followup/changes';
import { format } from '../common/format';
import { formatDate, formatEuro, formatMonth } from '../common/formatting';
import { ragLabel } from '../common/labels';

export function changeText(strings: ISalkkuStrings, change: ProjectChange): string {
  const none = strings.EmptyValue;
  switch (change.kind) {
    case 'new':
      return format(strings.FuChangeNew, formatDate(change.created, strings.Locale) ?? change.created);
    case 'ragChanged':
      return format(strings.FuChangeRag, ragLabel(strings, change.from) ?? none, ragLabel(strings, change.to) ?? none);
    case 'scheduleMoved': {
      const from = change.from ? formatMonth(change.from, strings.Locale) : none;
      const to = change.to ? formatMonth(change.to, strings.Locale) : none;
      return change.months === null ? format(strings.FuChangeEnd, from, to) : format(strings.FuChangeEndMonths, from, to, change.months > 0 ? `+${change.months}` : String(change.months));
    }
    case 'costChanged': {
      const euro = (v: number | null): string => (v === null ? none : formatEuro(v, strings.Locale));
      return format(change.measure === 'investment' ? strings.FuChangeInvestment : strings.FuChangeRecurring, euro(change.from), euro(change.to));
    }
    case 'completed':
      return strings.FuChangeCompleted;
    case 'cancelled':
      return strings.FuChangeCancelled;
  }
}

/** The icon of a change (with its text: never the icon alone). */
export function changeIcon(change: ProjectChange): string {
  return { new: 'Add', ragChanged: 'Sync', scheduleMoved: 'Calendar', costChanged: 'Money', completed: 'CheckMark', cancelled: 'Cancel' }[change.kind];
}
