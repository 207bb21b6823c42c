/**
 * Keeps people's text from reordering the interface around it: a direction control in a title
 * ("\u202eevil" shows as "live") would otherwise also turn round what follows it on the same
 * line (a status, a warning, the next cell). Every inline element inside gets its own bidi
 * isolate, so such a control ends with the element that holds the text. Applied at the root of
 * each web part and on the panels, which Fluent renders outside it.
 */
import { mergeStyles } from '@fluentui/react';

export const isolateUserText = mergeStyles({
  selectors: {
    '& :is(span, a, strong, em, b, label, bdi, button, [role="gridcell"], [role="rowheader"], td, th, li, summary)': { unicodeBidi: 'isolate' }
  }
});
