/**
 * A view's print layout: drawn while the browser prints (its own print command included) and
 * before the view's Print button opens the print dialog, so that every filtered row is on paper,
 * not only those drawn on screen.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';

export interface PrintLayout {
  /** True while the print layout is to be drawn. */
  printing: boolean;
  /** Draws the print layout and opens the browser's print dialog. */
  print: () => void;
}

/** The view whose Print button was pressed: on a page of several, only it is printed. */
let requested: object | null = null;

export function usePrintLayout(): PrintLayout {
  const [printing, setPrinting] = React.useState(false);
  const [self] = React.useState(() => ({}));
  React.useEffect(() => {
    // the browser's own print command prints every view on the page
    const before = (): void => ReactDom.flushSync(() => setPrinting(requested === null || requested === self));
    const after = (): void => {
      requested = null;
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [self]);
  const print = React.useCallback(() => {
    requested = self;
    ReactDom.flushSync(() => setPrinting(true));
    window.print();
  }, [self]);
  return { printing, print };
}
