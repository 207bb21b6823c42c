/** Catches a render error in one view so the rest of the page keeps working. */
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as React from 'react';

export interface ErrorBoundaryProps {
  message: string;
  detailsLabel: string;
  children?: React.ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  public state: ErrorBoundaryState = { error: undefined };

  public static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) {
      return this.props.children;
    }
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} data-salkku-error="view-crashed">
        {this.props.message}
        <details>
          <summary>{this.props.detailsLabel}</summary>
          <code>{error.message}</code>
        </details>
      </MessageBar>
    );
  }
}
