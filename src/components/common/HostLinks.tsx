/**
 * Links to SharePoint's own pages and the project's shareable link, as the host wants them: on
 * a SharePoint page forms replace the page and come back to it; in Teams they open in a new
 * browser tab (said to screen-reader users too) and the link is shared through Teams.
 */
import { ActionButton, Link, MessageBar, MessageBarType, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import { editItemUrl, newItemUrl } from '../../data/contract/links';
import type { ListInfo } from '../../data/contract/repository.types';
import type { ShareOutcome } from './host';
import { useHost, useStrings } from './SalkkuContext';
import { visuallyHidden } from './visuallyHidden';

export interface HostLinkProps {
  href: string;
  children: string;
  /** data-* attributes tests and styles find the link by. */
  data?: Record<`data-${string}`, string>;
}

export function HostLink(props: HostLinkProps): JSX.Element {
  const host = useHost();
  const strings = useStrings();
  const external = host.formTarget === '_blank';
  return (
    <Link href={props.href} target={host.formTarget} rel={external ? 'noopener noreferrer' : undefined} {...props.data}>
      {props.children}
      {external && <span className={visuallyHidden}>{` ${strings.OpensInNewTab}`}</span>}
    </Link>
  );
}

/** The edit form of a project, returning to this page where the host has one to return to. */
export function useEditUrl(list: Pick<ListInfo, 'editFormUrl'>, id: number): string {
  return editItemUrl(list, id, useHost().returnUrl());
}

export function useNewUrl(list: Pick<ListInfo, 'newFormUrl'>): string {
  return newItemUrl(list, useHost().returnUrl());
}

/** "Copy link" (SharePoint) or "Share link" (Teams) for one project, with what it did said aloud. */
export function ShareProjectLink(props: { project: { id: number; title: string } }): JSX.Element {
  const host = useHost();
  const strings = useStrings();
  const [outcome, setOutcome] = React.useState<ShareOutcome | undefined>(undefined);
  const share = (): void => {
    setOutcome(undefined);
    host.shareProject(props.project).then(setOutcome, () => setOutcome(undefined));
  };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Stack.Item align="start">
        <ActionButton iconProps={{ iconName: 'Link' }} text={host.kind === 'teams' ? strings.ShareProjectTeams : strings.ShareProject} onClick={share} data-salkku-share={props.project.id} />
      </Stack.Item>
      <div aria-live="polite" data-salkku-share-outcome={outcome?.kind ?? ''}>
        {outcome?.kind === 'copied' && <MessageBar messageBarType={MessageBarType.success}>{strings.ShareProjectCopied}</MessageBar>}
        {outcome?.kind === 'shared' && <MessageBar messageBarType={MessageBarType.info}>{strings.ShareProjectShared}</MessageBar>}
        {outcome?.kind === 'manual' && <TextField label={strings.ShareProjectManual} value={outcome.url} readOnly={true} onFocus={(e) => e.currentTarget.select()} data-salkku-share-url="true" />}
      </div>
    </Stack>
  );
}

export function EditLink(props: { list: Pick<ListInfo, 'editFormUrl'>; id: number; label: string }): JSX.Element {
  return (
    <HostLink href={useEditUrl(props.list, props.id)} data={{ 'data-salkku-edit': 'true' }}>
      {props.label}
    </HostLink>
  );
}

export function NewLink(props: { list: Pick<ListInfo, 'newFormUrl'>; label: string }): JSX.Element {
  return (
    <HostLink href={useNewUrl(props.list)} data={{ 'data-salkku-new': 'true' }}>
      {props.label}
    </HostLink>
  );
}
