/**
 * The dashboard's views, in the order of its tabs. Each is loaded with the dashboard's chunk; a view
 * that needs something the site does not have says so itself. Add a view here and in
 * DashboardStrings; nothing else changes.
 */
import type * as React from 'react';
import { DashboardStrings as strings } from '../../loc/strings';
import type { IDashboardViewProps } from './dashboardData';
import { OverviewView } from './OverviewView';
import { PerspectivesView } from './PerspectivesView';

export interface DashboardViewDef {
  /** Its name in the page address (?nimmView=). */
  key: string;
  label: string;
  component: React.FC<IDashboardViewProps>;
}

export const DASHBOARD_VIEWS: DashboardViewDef[] = [
  { key: 'overview', label: strings.OverviewTab, component: OverviewView },
  { key: 'perspectives', label: strings.PerspectivesTab, component: PerspectivesView }
];
