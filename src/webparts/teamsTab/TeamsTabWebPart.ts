/**
 * The Salkku Teams app's channel tab: one component whose property pane (opened by Teams when
 * the tab is added) lets the team choose the view. Hidden from SharePoint's toolbox: on pages the
 * three view web parts are used.
 */
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PropertyPaneChoiceGroup } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import { FollowUpView } from '../../components/followup/FollowUpView';
import { ImpactView } from '../../components/impact/ImpactView';
import { PortfolioView } from '../../components/portfolio/PortfolioView';
import { ProposalsView } from '../../components/proposals/ProposalsView';
import { BenefitsView } from '../../components/benefits/BenefitsView';
import { TimelineView } from '../../components/timeline/TimelineView';
import type { ViewProps } from '../../components/common/viewProps';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export type TabView = 'portfolio' | 'timeline' | 'impact' | 'followUp' | 'proposals' | 'benefits';

export interface ITeamsTabWebPartProps extends ISalkkuWebPartProps {
  view?: TabView;
}

const TITLES: Record<TabView, () => string> = {
  portfolio: () => strings.ViewPortfolio,
  timeline: () => strings.ViewTimeline,
  impact: () => strings.ViewImpact,
  followUp: () => strings.ViewFollowUp,
  proposals: () => strings.ViewProposals,
  benefits: () => strings.ViewBenefits
};

export default class TeamsTabWebPart extends SalkkuWebPartBase<ITeamsTabWebPartProps> {
  private get _view(): TabView {
    const view = this.properties.view;
    return view === 'timeline' || view === 'impact' || view === 'followUp' || view === 'proposals' || view === 'benefits' ? view : 'portfolio';
  }

  protected get title(): string {
    return TITLES[this._view]();
  }

  protected renderView(props: ViewProps): JSX.Element {
    switch (this._view) {
      case 'timeline':
        return React.createElement(TimelineView, props);
      case 'impact':
        return React.createElement(ImpactView, props);
      case 'followUp':
        return React.createElement(FollowUpView, props);
      case 'proposals':
        return React.createElement(ProposalsView, props);
      case 'benefits':
        return React.createElement(BenefitsView, props);
      default:
        return React.createElement(PortfolioView, props);
    }
  }

  protected viewPropertyFields(): IPropertyPaneConfiguration['pages'][number]['groups'] {
    return [
      {
        groupName: strings.TabViewLabel,
        groupFields: [
          PropertyPaneChoiceGroup('view', {
            label: strings.TabViewLabel,
            options: (Object.keys(TITLES) as TabView[]).map((key) => ({ key, text: TITLES[key](), checked: key === this._view }))
          })
        ]
      }
    ];
  }
}
