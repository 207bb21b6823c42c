/** Status, RAG and impact level as icon plus text: never colour alone. */
import type { ITheme } from '@fluentui/react';
import { FontIcon, mergeStyles, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { ImpactLevel } from '../../domain/model';
import type { RagKey } from '../../domain/vocabulary';
import { keyOf, RAG } from '../../domain/vocabulary';

const badgeClass = mergeStyles({ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap', maxWidth: '100%' });
const textClass = mergeStyles({ overflow: 'hidden', textOverflow: 'ellipsis' });

const RAG_ICON: Record<RagKey, string> = { green: 'CompletedSolid', amber: 'WarningSolid', red: 'StatusErrorFull' };

function ragColour(theme: ITheme, key: RagKey): string {
  if (theme.isInverted) {
    return { green: '#6ccb5f', amber: '#fce100', red: '#ff99a4' }[key];
  }
  return { green: '#107c10', amber: '#8a6100', red: '#a4262c' }[key];
}

/** `title`: the full meaning as a tooltip when `label` is the short colour word. */
export function RagBadge(props: { value: string | null; label: string | null; title?: string }): JSX.Element | null {
  const theme = useTheme();
  if (props.value === null || props.label === null) {
    return null;
  }
  const key = keyOf(RAG, props.value);
  return (
    <span className={badgeClass} title={props.title}>
      <FontIcon aria-hidden={true} iconName={key ? RAG_ICON[key] : 'Info'} style={{ color: key ? ragColour(theme, key) : undefined }} />
      <span className={textClass}>{props.label}</span>
    </span>
  );
}

const IMPACT_ICON: Record<ImpactLevel | 'described', string> = {
  none: 'CircleRing',
  minor: 'CircleHalfFull',
  significant: 'CircleFill',
  unknown: 'Unknown',
  notAssessed: 'StatusCircleQuestionMark',
  described: 'TextDocument'
};

export function ImpactBadge(props: { level: ImpactLevel | 'described'; label: string }): JSX.Element {
  return (
    <span className={badgeClass}>
      <FontIcon aria-hidden={true} iconName={IMPACT_ICON[props.level]} />
      <span className={textClass}>{props.label}</span>
    </span>
  );
}

export function IconText(props: { icon: string; text: string; title?: string }): JSX.Element {
  return (
    <span className={badgeClass} title={props.title}>
      <FontIcon aria-hidden={true} iconName={props.icon} />
      <span className={textClass}>{props.text}</span>
    </span>
  );
}
