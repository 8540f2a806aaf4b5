/**
 * A site's newest assessment worked out as the across-sites view shows it: the organisation's
 * level and score, progress, each category's level and the foundation capabilities' level, all
 * from the domain engine's dashboard functions (the same as the dashboard's own overview), so a
 * site's row always agrees with that site's dashboard.
 *
 * Loaded on demand by store/siteSummary.ts (its own chunk): scoring and the dashboard's sums are
 * no part of the first load of the web parts that never compare sites.
 */
import { dashboardHeadline } from '../../nimm/dashboard/headline';
import { heatmapRows } from '../../nimm/dashboard/heatmap';
import type { Model } from '../../nimm/model/schema';
import { scoreAssessment } from '../../nimm/scoring/scoreAssessment';
import { domainAssessment } from '../mappers/domainAssessment';
import type { AssessmentSummary, SiteSummary, StoredResponse } from '../types';

/** What a site's row shows, apart from the site itself and the issues found on the way. */
export type SiteResults = Omit<SiteSummary, 'siteUrl' | 'title' | 'issues'>;

/** The results of one assessment against its model. */
export function siteResults(model: Model, assessment: AssessmentSummary, responses: readonly StoredResponse[]): SiteResults {
  const engineAssessment = domainAssessment(model, assessment, responses);
  const report = scoreAssessment(model, engineAssessment);
  const headline = dashboardHeadline(model, engineAssessment, { report, responses, scope: assessment.inScope });
  const heatmap = heatmapRows(model, report);
  const levelName = (level: number | null): string | null => (level === null ? null : heatmap.levels.find((l) => l.level === level)?.name ?? null);
  const categories: SiteResults['categories'] = [];
  heatmap.aspects.forEach((aspect) =>
    aspect.rows.forEach((row) => categories.push({ category: row.category, name: row.name, aspect: row.aspect, level: row.level, levelName: levelName(row.level) }))
  );
  return {
    assessment,
    model: { key: model.key, version: model.version, name: model.name },
    levels: heatmap.levels,
    level: headline.level,
    levelName: headline.levelName,
    score: headline.score,
    progress: { complete: headline.progress.complete, capabilities: headline.progress.capabilities, percentComplete: headline.progress.percentComplete },
    categories,
    foundation: { level: headline.foundation.level, levelName: levelName(headline.foundation.level) }
  };
}
