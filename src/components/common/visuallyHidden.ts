/**
 * A class that hides text from the eye but not from screen readers (Fluent's own
 * `hiddenContentStyle`). Not `ms-hiddenVisually`: that class comes from Fabric Core's CSS, which
 * a Teams tab or the preview does not load, so the text would show.
 */
import { hiddenContentStyle, mergeStyles } from '@fluentui/react';

export const visuallyHidden = mergeStyles(hiddenContentStyle);
