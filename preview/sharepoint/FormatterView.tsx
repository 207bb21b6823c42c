/**
 * Draws SharePoint's column/form formatting JSON as SharePoint does: elements, attributes,
 * styles and `txtContent`, expressions evaluated over the item. Preview only.
 */
import type { ITheme } from '@fluentui/react';
import { Icon, mergeStyles, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { FormatterContext } from './formatterLanguage';
import { formatterText } from './formatterLanguage';
import type { FormatterNode } from '../../src/data/sharepoint/schema/formatting';

/**
 * SharePoint's own classes used by our formatters (its severity and font helper classes): the
 * severity classes bring their own background, the theme colour classes follow the host's theme.
 */
function sharePointClasses(theme: ITheme): Record<string, string> {
  return {
    'sp-field-severity--good': mergeStyles({ background: '#dff6dd', color: '#107c10', padding: '0 4px' }),
    'sp-field-severity--warning': mergeStyles({ background: '#fff4ce', color: '#6f4b00', padding: '0 4px' }),
    'sp-field-severity--blocked': mergeStyles({ background: '#fde7e9', color: '#a80000', padding: '0 4px' }),
    'ms-fontSize-24': mergeStyles({ fontSize: 24 }),
    'ms-fontWeight-semibold': mergeStyles({ fontWeight: 600 }),
    'ms-fontColor-neutralSecondary': mergeStyles({ color: theme.palette.neutralSecondary }),
    'ms-borderColor-neutralTertiary': mergeStyles({ borderColor: theme.palette.neutralTertiary })
  };
}

function classNames(value: string, classes: Record<string, string>): string {
  return value
    .split(/\s+/)
    .map((c) => classes[c] ?? c)
    .join(' ');
}

function camel(property: string): string {
  return property.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function FormatterView(props: { node: FormatterNode; context: FormatterContext }): JSX.Element {
  const { node, context } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => sharePointClasses(theme), [theme]);
  const text = (value: string): string => formatterText(value, context);
  const attributes: Record<string, string> = {};
  let iconName: string | undefined;
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (name === 'iconName') {
      iconName = text(value);
    } else if (name === 'class') {
      attributes.className = classNames(text(value), classes);
    } else {
      attributes[name] = text(value);
    }
  }
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.style ?? {})) {
    style[camel(name)] = text(value);
  }
  const content = [
    iconName ? <Icon key="icon" iconName={iconName} /> : null,
    node.txtContent !== undefined ? text(node.txtContent) : null,
    ...(node.children ?? []).map((child, i) => <FormatterView key={i} node={child} context={context} />)
  ];
  return React.createElement(node.elmType === 'filepreview' ? 'div' : node.elmType, { ...attributes, style }, ...content);
}
