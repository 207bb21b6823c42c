/**
 * Benefit ↔ SharePoint item, and a measurement ↔ item. Tolerant like the other mappings: a
 * malformed number or date becomes null and is reported with the text as written (nothing is
 * thrown); a type or status a city added to its choices is kept as written. A test checks that
 * the codecs and the schema name the same fields.
 */
import type { Benefit, Measurement } from '../../../domain/benefits/model';
import { emptyBenefit } from '../../../domain/benefits/model';
import type { DomainWarning } from '../../../domain/warnings';
import { dayCodec, numberCodec, textCodec } from './fieldCodecs';
import type { FieldCodec } from './projectMapping';
import type { SpItem } from './values';
import { readDate, readEtag, readId, readLookupId, readNumber, readPerson, readText, textOrNull, writeDate } from './values';

type BenefitCodec = FieldCodec<Benefit>;





/** Codecs of the Benefits list's fields, by internal name. */
export const BENEFIT_CODECS: Readonly<Record<string, BenefitCodec>> = {
  Title: {
    read: (item, b) => {
      b.title = readText(item, 'Title') ?? '';
    },
    write: (b, out) => {
      out.Title = b.title;
    }
  },
  BenefitDescription: textCodec<Benefit>('BenefitDescription', 'description'),
  Project: {
    read: (item, b) => {
      b.projectId = readLookupId(item, 'Project');
    },
    write: (b, out) => {
      out.ProjectId = b.projectId;
    }
  },
  BenefitType: textCodec<Benefit>('BenefitType', 'type'),
  Indicator: textCodec<Benefit>('Indicator', 'indicator'),
  IndicatorUnit: textCodec<Benefit>('IndicatorUnit', 'unit'),
  BaselineValue: numberCodec<Benefit>('BaselineValue', 'baseline'),
  BaselineDate: dayCodec<Benefit>('BaselineDate', 'baselineDate'),
  TargetValue: numberCodec<Benefit>('TargetValue', 'target'),
  TargetDate: dayCodec<Benefit>('TargetDate', 'targetDate'),
  IntervalMonths: numberCodec<Benefit>('IntervalMonths', 'intervalMonths'),
  BenefitOwner: {
    read: (item, b) => {
      b.owner = readPerson(item, 'BenefitOwner');
    },
    write: (b, out) => {
      out.BenefitOwnerId = b.owner?.id ?? null;
    }
  },
  ResponsibleUnit: textCodec<Benefit>('ResponsibleUnit', 'responsibleUnit'),
  BenefitStatus: textCodec<Benefit>('BenefitStatus', 'status'),
  StatusReason: textCodec<Benefit>('StatusReason', 'statusReason')
};

export interface MappedBenefit {
  benefit: Benefit;
  issues: DomainWarning[];
}

/** A benefit from an item; malformed values become null and are reported, never thrown. */
export function benefitFromItem(item: SpItem): MappedBenefit {
  const issues: DomainWarning[] = [];
  const benefit: Benefit = { ...emptyBenefit(), id: readId(item), etag: readEtag(item), modified: readText(item, 'Modified') };
  for (const codec of Object.values(BENEFIT_CODECS)) {
    codec.read(item, benefit, issues);
  }
  if (benefit.title.trim() === '') {
    issues.push({ code: 'missingTitle', field: 'title' });
  }
  if (benefit.projectId === null) {
    issues.push({ code: 'missingValue', field: 'Project', detail: 'a benefit without its project' });
  }
  return { benefit, issues };
}

/** The values to write for a benefit (every schema field; lookups and people as `<Name>Id`). */
export function benefitToItem(benefit: Benefit): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const codec of Object.values(BENEFIT_CODECS)) {
    codec.write(benefit, out, undefined);
  }
  return out;
}

/**
 * A measurement from an item, or null (reported) when it has no benefit, day or value: a value
 * that is not a number is reported with the text as written.
 */
export function measurementFromItem(item: SpItem, issues: DomainWarning[] = []): Measurement | null {
  const benefitId = readLookupId(item, 'Benefit');
  const date = readDate(item, 'MeasurementDate', issues);
  const value = readNumber(item, 'MeasuredValue', issues);
  if (benefitId === null || date === null || value === null) {
    issues.push({ code: 'missingValue', field: 'MeasuredValue', detail: 'a measurement without its benefit, day or value' });
    return null;
  }
  return {
    id: readId(item),
    etag: readEtag(item),
    benefitId,
    date,
    value,
    note: readText(item, 'MeasurementNote'),
    measuredBy: readPerson(item, 'MeasuredBy')
  };
}

/** The values to write for a measurement; its title is the day measured. */
export function measurementToItem(measurement: Measurement): Record<string, unknown> {
  return {
    Title: measurement.date,
    BenefitId: measurement.benefitId,
    MeasurementDate: writeDate(measurement.date),
    MeasuredValue: measurement.value,
    MeasurementNote: textOrNull(measurement.note),
    MeasuredById: measurement.measuredBy?.id ?? null
  };
}
