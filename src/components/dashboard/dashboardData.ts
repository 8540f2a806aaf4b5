/** What every dashboard view is given: the loaded data and what is worked out from it once. */
import type { DashboardEntry, DashboardView } from '../../data/types';
import type { NimmStore } from '../../data/NimmStore';
import { domainAssessment } from '../../data/mappers/domainAssessment';
import { scoreAssessment, type Assessment, type ScoreReport } from '../../nimm';
import type { HostInfo } from '../shell/host';

export interface DashboardData {
  view: DashboardView;
  /** The assessment shown (the first entry). */
  shown: DashboardEntry;
  /** It, as the engine reads an assessment. */
  assessment: Assessment;
  report: ScoreReport;
}

/** The props every view of the dashboard takes. */
export interface IDashboardViewProps {
  data: DashboardData;
  /** Outline level of the view's own headings. */
  headingLevel: number;
  host: HostInfo;
  siteUrl: string;
  otherSites: string[];
  storeForSite?: (siteUrl: string) => NimmStore;
}

/** Works out the engine's view of the assessment shown; null when the site has no assessment. */
export function dashboardData(view: DashboardView): DashboardData | null {
  const shown = view.entries[0];
  if (!shown) return null;
  const assessment = domainAssessment(shown.model, shown.assessment, shown.responses);
  return { view, shown, assessment, report: scoreAssessment(shown.model, assessment) };
}
