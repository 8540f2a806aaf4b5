/**
 * The dashboard's views, in the order of its tabs. Each is loaded with the dashboard's chunk; a view
 * that needs something the site does not have says so itself. Add a view here and in
 * DashboardStrings; nothing else changes.
 */
import type * as React from 'react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import type { IDashboardViewProps } from './dashboardData';
import { OverviewView } from './OverviewView';
import { PerspectivesView } from './PerspectivesView';
import { ProfileView } from './ProfileView';
import { TrendsView } from './TrendsView';
import { CompareView } from './CompareView';
import { BudgetView } from './BudgetView';
import { AcrossSitesView } from './AcrossSitesView';

export interface DashboardViewDef {
  /** Its name in the page address (?nimmView=). */
  key: string;
  label: string;
  component: React.FC<IDashboardViewProps>;
}

export const DASHBOARD_VIEWS: DashboardViewDef[] = [
  { key: 'overview', label: strings.OverviewTab, component: OverviewView },
  { key: 'perspectives', label: strings.PerspectivesTab, component: PerspectivesView },
  { key: 'profile', label: strings.ProfileTab, component: ProfileView },
  { key: 'trends', label: strings.TrendsTab, component: TrendsView },
  { key: 'compare', label: strings.CompareTab, component: CompareView },
  { key: 'budget', label: strings.BudgetTab, component: BudgetView },
  { key: 'sites', label: strings.SitesTab, component: AcrossSitesView }
];
