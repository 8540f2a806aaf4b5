/** What every dashboard view is given: the loaded data and what is worked out from it once. */
import type { DashboardEntry, DashboardView } from '../../data/types';
import type { NimmStore } from '../../data/NimmStore';
import { domainAssessment } from '../../data/mappers/domainAssessment';
import { asModelProfile } from '../../data/mappers/localProfile';
import { profileForModel, scoreAssessment, withProfiles, type Assessment, type ProfileForModel, type ScoreReport } from '../../nimm';
import type { HostInfo } from '../shell/host';

export interface DashboardData {
  view: DashboardView;
  /** The assessment shown (the first entry). */
  shown: DashboardEntry;
  /** It, as the engine reads an assessment. */
  assessment: Assessment;
  report: ScoreReport;
  /**
   * The site's own profiles as read against the shown assessment's model, by key (each is also
   * among `shown.model`'s profiles, after the model's own, so every view offers it).
   */
  localProfiles: Record<string, ProfileForModel>;
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
  const entry = view.entries[0];
  if (!entry) return null;
  const localProfiles: Record<string, ProfileForModel> = {};
  const owned = new Set(entry.model.profiles.map((p) => p.key));
  view.localProfiles.profiles.forEach((local) => {
    if (!owned.has(local.key)) localProfiles[local.key] = profileForModel(entry.model, asModelProfile(local));
  });
  const model = withProfiles(
    entry.model,
    Object.keys(localProfiles).map((k) => localProfiles[k].profile)
  );
  const shown = model === entry.model ? entry : { ...entry, model };
  const assessment = domainAssessment(shown.model, shown.assessment, shown.responses);
  return { view, shown, assessment, report: scoreAssessment(shown.model, assessment), localProfiles };
}
