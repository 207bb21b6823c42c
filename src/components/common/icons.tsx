/**
 * Icons Salkku uses that neither SharePoint's icon font on every page nor Fluent's MDL2 SVG set
 * is sure to have (the Word and Excel documents of the export panel): registered from the bundle
 * as SVG, under our own names, so nothing is fetched from a CDN and no name collides with one the
 * page registered. Registering twice (several web parts on a page) is harmless.
 */
import { registerIcons } from '@fluentui/react';
import * as React from 'react';

export const WORD_ICON = 'SalkkuWordDocument';
export const EXCEL_ICON = 'SalkkuExcelDocument';
export const HELP_ICON = 'SalkkuHelp';

const svg = { viewBox: '0 0 16 16', width: '1em', height: '1em', fill: 'currentColor', 'aria-hidden': true, focusable: false } as const;

/** A page with a letter on it, as Office draws its document icons (in the text colour). */
function documentIcon(letterPath: string): JSX.Element {
  return (
    <svg {...svg}>
      <path d="M3 1h7l4 4v10H3V1zm1 1v12h9V5.5H9.5V2H4zm6.5.7V4.5h1.8L10.5 2.7z" />
      <path d={letterPath} />
    </svg>
  );
}

export function registerSalkkuIcons(): void {
  registerIcons(
    {
      icons: {
        // W
        [WORD_ICON]: documentIcon('M5 7h1.1l.7 3.3.9-3.3h.9l.9 3.3.7-3.3h1.1l-1.3 5h-1L8 8.8 7.1 12h-1z'),
        // X
        [EXCEL_ICON]: documentIcon('M5.4 7h1.2L8 9.1 9.4 7h1.2L8.6 9.5l2 2.5H9.4L8 9.9 6.6 12H5.4l2-2.5z'),
        // a question mark in a circle
        [HELP_ICON]: (
          <svg {...svg}>
            <path d="M8 1a7 7 0 110 14A7 7 0 018 1zm0 1a6 6 0 100 12A6 6 0 008 2zm0 8.8a.8.8 0 110 1.6.8.8 0 010-1.6zM8 4c1.4 0 2.5 1 2.5 2.3 0 1-.6 1.5-1.2 1.9-.5.3-.8.6-.8 1.1V9.6h-1v-.4c0-.9.5-1.4 1.1-1.8.5-.3.9-.6.9-1.1C9.5 5.6 8.8 5 8 5s-1.5.6-1.5 1.4h-1C5.5 5 6.6 4 8 4z" />
          </svg>
        )
      }
    },
    { disableWarnings: true }
  );
}
