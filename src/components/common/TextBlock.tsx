/**
 * User-written text, shown as text. A value that contains HTML (rich text typed elsewhere) is
 * sanitised with DOMPurify and reduced to its text with line breaks: markup never reaches the
 * page and scripts never run.
 */
import { mergeStyles } from '@fluentui/react';
import DOMPurify from 'dompurify';
import * as React from 'react';

const blockClass = mergeStyles({ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 });

const HTML_PATTERN = /<\/?[a-z][^>]*>/i;

export function toPlainText(value: string): string {
  if (!HTML_PATTERN.test(value) || typeof document === 'undefined') {
    return value;
  }
  const fragment = DOMPurify.sanitize(value, { RETURN_DOM_FRAGMENT: true, ALLOWED_TAGS: ['p', 'br', 'div', 'li', 'ul', 'ol', 'b', 'i', 'strong', 'em', 'span'], ALLOWED_ATTR: [] });
  fragment.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  fragment.querySelectorAll('p, div, li').forEach((block) => block.append('\n'));
  return (fragment.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

export function TextBlock(props: { value: string | null; empty: string; maxLength?: number }): JSX.Element {
  if (props.value === null || props.value.trim() === '') {
    return <span>{props.empty}</span>;
  }
  const text = toPlainText(props.value);
  const shown = props.maxLength !== undefined && text.length > props.maxLength ? `${text.slice(0, props.maxLength)}…` : text;
  return <p className={blockClass}>{shown}</p>;
}
