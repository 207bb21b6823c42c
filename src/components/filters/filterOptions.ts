/**
 * The options of each filter: values in the lists' choices and in the data, labelled for the UI.
 * Our vocabulary is translated; a city's own values are shown as written. Keys stay the stored values.
 */
import type { IDropdownOption } from '@fluentui/react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import { NO_VALUE } from '../../domain/portfolio/filter';
import { likelihoodLabel, ownerLabel, ragLabel, serviceAreaLabel, statusLabel } from '../common/labels';

function values(projects: readonly Project[], pick: (p: Project) => string | null, choices: readonly string[] = []): string[] {
  const seen = new Set<string>(choices);
  let empty = false;
  for (const p of projects) {
    const v = pick(p);
    if (v === null || v.trim() === '') {
      empty = true;
    } else {
      seen.add(v);
    }
  }
  const list = [...seen];
  return empty ? [...list, NO_VALUE] : list;
}

function options(list: readonly string[], label: (v: string) => string | null, strings: ISalkkuStrings): IDropdownOption[] {
  return list.map((v) => ({ key: v, text: v === NO_VALUE ? strings.FilterNoValue : label(v) ?? v }));
}

export interface FilterOptions {
  serviceAreas: IDropdownOption[];
  units: IDropdownOption[];
  statuses: IDropdownOption[];
  rags: IDropdownOption[];
  goals: IDropdownOption[];
  scheduleOwners: IDropdownOption[];
  likelihoods: IDropdownOption[];
}

export function filterOptions(data: PortfolioData, strings: ISalkkuStrings): FilterOptions {
  const choices = data.lists.projects.choices;
  const projects = data.projects;
  const sorted = (list: string[]): string[] => [...list].sort((a, b) => (a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a.localeCompare(b, 'fi')));
  return {
    serviceAreas: options(values(projects, (p) => p.serviceArea, choices.ServiceArea), (v) => serviceAreaLabel(strings, v), strings),
    units: options(sorted(values(projects, (p) => p.unit)), (v) => v, strings),
    statuses: options(values(projects, (p) => p.status, choices.ProjectStatus), (v) => statusLabel(strings, v), strings),
    rags: options(values(projects, (p) => p.rag, choices.Rag), (v) => ragLabel(strings, v), strings),
    goals: data.goals.filter((g) => g.id !== null).map((g) => ({ key: String(g.id), text: g.title })),
    scheduleOwners: options(values(projects, (p) => p.scheduleOwner, choices.ScheduleOwner), (v) => ownerLabel(strings, v), strings),
    likelihoods: options(values(projects, (p) => p.likelihood, choices.Likelihood), (v) => likelihoodLabel(strings, v), strings)
  };
}
