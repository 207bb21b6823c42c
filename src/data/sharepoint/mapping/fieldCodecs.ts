/**
 * Field codecs for the plain column kinds, for any model: a text, a number, a day (date-only
 * column) and a lookup, each read tolerantly (a malformed value becomes null and is reported) and
 * written as SharePoint takes it. The proposal and benefit mappings are made of these.
 */
import type { FieldCodec } from './projectMapping';
import { readDate, readLookupId, readNumber, readText, textOrNull, writeDate } from './values';

/** The keys of M whose property is exactly of type V. */
export type KeyOfType<M, V> = { [K in keyof M]-?: [M[K]] extends [V] ? ([V] extends [M[K]] ? K : never) : never }[keyof M];

export function textCodec<M>(name: string, key: KeyOfType<M, string | null>): FieldCodec<M> {
  return {
    read: (item, m) => {
      (m as Record<typeof key, string | null>)[key] = readText(item, name);
    },
    write: (m, out) => {
      out[name] = textOrNull((m as Record<typeof key, string | null>)[key]);
    }
  };
}

export function numberCodec<M>(name: string, key: KeyOfType<M, number | null>): FieldCodec<M> {
  return {
    read: (item, m, issues) => {
      (m as Record<typeof key, number | null>)[key] = readNumber(item, name, issues);
    },
    write: (m, out) => {
      out[name] = (m as Record<typeof key, number | null>)[key];
    }
  };
}

export function dayCodec<M>(name: string, key: KeyOfType<M, string | null>): FieldCodec<M> {
  return {
    read: (item, m, issues) => {
      (m as Record<typeof key, string | null>)[key] = readDate(item, name, issues);
    },
    write: (m, out) => {
      out[name] = writeDate((m as Record<typeof key, string | null>)[key]);
    }
  };
}

/** A lookup column: read from its expanded or `<name>Id` value, written as `<name>Id`. */
export function lookupCodec<M>(name: string, key: KeyOfType<M, number | null>): FieldCodec<M> {
  return {
    read: (item, m) => {
      (m as Record<typeof key, number | null>)[key] = readLookupId(item, name);
    },
    write: (m, out) => {
      out[`${name}Id`] = (m as Record<typeof key, number | null>)[key];
    }
  };
}
