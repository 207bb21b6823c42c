/** Files produced in the browser (Word, Excel): their names and the browser's own download. */
import type { DocumentLanguage } from '../../domain/export/documentLabels';

/** A file name from a title, without characters file systems refuse. */
export function fileName(base: string, extension: string): string {
  const safe = base.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'salkku';
  return `${safe}.${extension}`;
}

/** Saves a file through a temporary link (the browser's own download). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The document language that matches the UI's locale ("fi-fi", "sv-se", "en-us"). */
export function uiLanguage(locale: string): DocumentLanguage {
  return locale.startsWith('sv') ? 'sv' : locale.startsWith('en') ? 'en' : 'fi';
}
