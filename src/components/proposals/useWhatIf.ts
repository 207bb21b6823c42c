/**
 * The what-if's state: the limits as typed, the user's locks (in / out / free), the chosen set and
 * the suggestion last applied. Totals follow every change at once; a suggestion is cleared when
 * the locks or limits change, so its explanation never describes another set than the one shown.
 */
import * as React from 'react';
import type { Limits, SelectionItem, Suggestion, Totals } from '../../domain/proposals/selection';
import { suggestGreedy, totals } from '../../domain/proposals/selection';
import { suggestExact } from '../../domain/proposals/exact';
import type { ProposalRow } from './proposalRows';
import { selectionItems } from './proposalRows';

/** A number as people type it: "500 000", "500000", "1,5"; null for empty; NaN when not a number. */
export function parseAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (clean === '') {
    return null;
  }
  const value = Number(clean);
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

export interface WhatIf {
  budgetText: string;
  capacityText: string;
  setBudgetText: (text: string) => void;
  setCapacityText: (text: string) => void;
  /** Both limits typed as numbers (what can be saved); null while either is empty or invalid. */
  typedLimits: Limits | null;
  /** The limits counted: an empty one is no limit. */
  limits: Limits;
  items: SelectionItem[];
  locks: ReadonlyMap<number, 'in' | 'out'>;
  chosen: number[];
  totals: Totals;
  suggestion: Suggestion | undefined;
  /** Puts a proposal in or out of the set and locks it so. */
  toggle: (id: number, included: boolean) => void;
  /** Lets the suggestion decide about the proposal again. */
  release: (id: number) => void;
  suggest: (method: 'greedy' | 'exact') => void;
  /** Shows a saved set (its limits and chosen proposals). */
  show: (limits: Limits, chosen: readonly number[]) => void;
}

function textOf(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

export function useWhatIf(rows: readonly ProposalRow[], saved: Limits | null): WhatIf {
  const [budgetText, setBudget] = React.useState(() => textOf(saved?.budget));
  const [capacityText, setCapacity] = React.useState(() => textOf(saved?.capacity));
  const [locks, setLocks] = React.useState<ReadonlyMap<number, 'in' | 'out'>>(new Map());
  const [picked, setPicked] = React.useState<ReadonlySet<number>>(new Set());
  const [suggestion, setSuggestion] = React.useState<Suggestion | undefined>(undefined);

  const budget = parseAmount(budgetText);
  const capacity = parseAmount(capacityText);
  const limits: Limits = { budget: budget ?? Number.POSITIVE_INFINITY, capacity: capacity ?? Number.POSITIVE_INFINITY };
  const typedLimits = budget !== null && capacity !== null && !Number.isNaN(budget) && !Number.isNaN(capacity) ? { budget, capacity } : null;
  const items = React.useMemo(() => selectionItems(rows, locks), [rows, locks]);
  const chosen = React.useMemo(
    () => items.filter((item) => item.mandatory === true || item.lock === 'in' || (item.lock !== 'out' && picked.has(item.id))).map((item) => item.id),
    [items, picked]
  );

  const setLock = (id: number, lock: 'in' | 'out' | null): void => {
    setLocks((current) => {
      const next = new Map(current);
      if (lock === null) {
        next.delete(id);
      } else {
        next.set(id, lock);
      }
      return next;
    });
    setSuggestion(undefined);
  };
  return {
    budgetText,
    capacityText,
    setBudgetText: (text) => {
      setBudget(text);
      setSuggestion(undefined);
    },
    setCapacityText: (text) => {
      setCapacity(text);
      setSuggestion(undefined);
    },
    typedLimits,
    limits,
    items,
    locks,
    chosen,
    totals: totals(chosen, items, limits),
    suggestion,
    toggle: (id, included) => {
      setPicked((current) => {
        const next = new Set(current);
        if (included) {
          next.add(id);
        } else {
          next.delete(id);
        }
        return next;
      });
      setLock(id, included ? 'in' : 'out');
    },
    release: (id) => setLock(id, null),
    suggest: (method) => {
      const result = method === 'exact' ? suggestExact(items, limits) : suggestGreedy(items, limits);
      setPicked(new Set(result.chosen));
      setSuggestion(result);
    },
    show: (shown, ids) => {
      setBudget(textOf(shown.budget));
      setCapacity(textOf(shown.capacity));
      setLocks(new Map());
      setPicked(new Set(ids));
      setSuggestion(undefined);
    }
  };
}
