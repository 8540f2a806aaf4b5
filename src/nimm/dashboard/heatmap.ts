/**
 * The heatmap: every category as a row of capability cells, grouped by the model's two aspects
 * (technical, and business and management) so a table can show them side by side. Each cell
 * carries the three levels scoring gives (computed, assessed, effective), its status, and what
 * holds it back, so the colour and the tooltip come from the same facts as every other screen.
 */
import { HoldBack, holdBacks } from '../assessment/holdBack';
import type { CapabilityStatus } from '../assessment/responses';
import { CapabilityIndex, indexModel, ModelIndex } from '../model/modelIndex';
import type { Aspect, Model } from '../model/schema';
import type { CapabilityState } from '../scoring/capabilityStates';
import { rollUp } from '../scoring/rollUps';
import type { ScoreReport } from '../scoring/types';
import { count, joinNames, levelName } from './format';
import type { StatusCounts } from './headline';
import type { DashboardIssue } from './issues';
import { reportHas, reportPositions, scoreOf } from './reportRows';

/** One capability in the heatmap. Levels are null when it is not applicable. */
export interface HeatmapCell {
  capability: string;
  name: string;
  foundation: boolean;
  /** assessed: counted; not-assessed: shown at level 1, not counted; not-applicable: no level, not counted. */
  status: CapabilityStatus;
  /** Rule 2: what the answers alone give. */
  computedLevel: number | null;
  /** Rule 3: the agreed level when recorded, else the computed level. */
  assessedLevel: number | null;
  /** Rule 4: the level it counts at once dependencies are taken into account: colour the cell by this. */
  effectiveLevel: number | null;
  /** The model's name for the effective level ("Controlled"). */
  effectiveLevelName: string | null;
  /** True when the team agreed a level other than the one the answers give. */
  agreedDiffers: boolean;
  /** True when a dependency holds it below its assessed level. */
  heldBack: boolean;
  /** The dependencies holding it back (capability key, name, level needed, level it is at, sentence), lowest level first. */
  holdBacks: HoldBack[];
  /** Rule 5: share (0..1) of the next level's criteria met; null at the top or when not applicable. */
  progressToNext: number | null;
}

/** One category: a row of cells, with its own roll-up. */
export interface HeatmapRow {
  category: string;
  name: string;
  /** The category's aspect; null for a category the model does not list (only in an invalid model). */
  aspect: Aspect | null;
  /** Rule 6: lowest effective level of the assessed capabilities; null when none is assessed. */
  level: number | null;
  /** Rule 6: mean effective level of the assessed capabilities; null when none is assessed. */
  score: number | null;
  counts: StatusCounts;
  /** The category's capabilities, in model order. */
  cells: HeatmapCell[];
}

/** One aspect of the model: a column of the side-by-side table. */
export interface HeatmapAspect {
  /** null groups categories the model does not list (only in an invalid model). */
  aspect: Aspect | null;
  /** "Technical", "Business and management". */
  name: string;
  /** Rule 6 over every capability of the aspect's categories (over capabilities, not categories). */
  level: number | null;
  score: number | null;
  counts: StatusCounts;
  /** The aspect's categories, in model order. */
  rows: HeatmapRow[];
}

/** The whole heatmap. */
export interface Heatmap {
  /** The model's levels, lowest first, for the colour key. */
  levels: Array<{ level: number; name: string }>;
  /** Technical first, then business and management (both always present, perhaps with no rows). */
  aspects: HeatmapAspect[];
  issues: DashboardIssue[];
}

/** Display names of the aspects. */
export const ASPECT_NAMES: Readonly<Record<Aspect, string>> = { technical: 'Technical', business: 'Business and management' };

const ASPECTS: readonly Aspect[] = ['technical', 'business'];

/** The heatmap of a scored assessment. A capability the report lacks is shown as not assessed. */
export function heatmapRows(model: Model, report: ScoreReport): Heatmap {
  const index = indexModel(model);
  const { states, effective } = reportPositions(index, report);
  const issues: DashboardIssue[] = [];

  const rows: HeatmapRow[] = [];
  const rowPositions: number[][] = [];
  index.capabilitiesByCategory.forEach((keys, categoryKey) => {
    const category = index.categoryByKey.get(categoryKey);
    if (category === undefined) {
      issues.push({ subject: categoryKey, message: `${joinNames(keys.map((k) => `'${k}'`))} ${keys.length === 1 ? 'is' : 'are'} in category '${categoryKey}', which the model does not list; ${keys.length === 1 ? 'it is' : 'they are'} shown apart.` });
    }
    const entries: CapabilityIndex[] = [];
    keys.forEach((key, i) => {
      const entry = index.capabilityByKey.get(key);
      // A key listed twice (only in an invalid model) is shown once, as scoring counts it once.
      if (entry !== undefined && keys.indexOf(key) === i) {
        entries.push(entry);
      }
    });
    const positions = entries.map((entry) => entry.position);
    rowPositions.push(positions);
    rows.push({
      category: categoryKey,
      name: category ? category.name : categoryKey,
      aspect: category ? category.aspect : null,
      ...rollUp(positions, states, effective),
      counts: countsOf(positions, states),
      cells: entries.map((entry) => cell(index, report, entry))
    });
  });

  const missing = index.capabilities.map((e) => e.capability.key).filter((key) => !reportHas(report, key));
  if (missing.length > 0) {
    issues.push({
      subject: null,
      message: `The score report has no levels for ${count(missing.length, 'capability', 'capabilities')} of the model (${missing.join(', ')}): ${missing.length === 1 ? 'it is' : 'they are'} shown as not assessed.`
    });
  }

  const groups: Array<Aspect | null> = (ASPECTS as Array<Aspect | null>).concat(rows.some((row) => row.aspect === null) ? [null] : []);
  const aspects = groups.map((aspect): HeatmapAspect => {
    const aspectRows = rows.filter((row) => row.aspect === aspect);
    let positions: number[] = [];
    rows.forEach((row, i) => {
      if (row.aspect === aspect) {
        positions = positions.concat(rowPositions[i]);
      }
    });
    return {
      aspect,
      name: aspect === null ? 'Categories not in the model' : ASPECT_NAMES[aspect],
      ...rollUp(positions, states, effective),
      counts: countsOf(positions, states),
      rows: aspectRows
    };
  });

  const levels = index.model.levels
    .map((l) => ({ level: l.level, name: l.name }))
    .sort((a, b) => a.level - b.level);
  return { levels, aspects, issues };
}

function cell(index: ModelIndex, report: ScoreReport, entry: CapabilityIndex): HeatmapCell {
  const key = entry.capability.key;
  const score = scoreOf(report, key);
  const held = holdBacks(index, report, entry);
  return {
    capability: key,
    name: entry.capability.name,
    foundation: entry.capability.foundation,
    status: score.status,
    computedLevel: score.computedLevel,
    assessedLevel: score.assessedLevel,
    effectiveLevel: score.effectiveLevel,
    effectiveLevelName: levelName(index, score.effectiveLevel),
    agreedDiffers: score.assessedLevel !== score.computedLevel,
    heldBack: held.length > 0,
    holdBacks: held,
    progressToNext: score.progressToNext
  };
}

function countsOf(positions: readonly number[], states: readonly CapabilityState[]): StatusCounts {
  const counts: StatusCounts = { capabilities: positions.length, assessed: 0, notAssessed: 0, notApplicable: 0 };
  positions.forEach((position) => {
    const status = states[position].status;
    if (status === 'assessed') {
      counts.assessed += 1;
    } else if (status === 'not-applicable') {
      counts.notApplicable += 1;
    } else {
      counts.notAssessed += 1;
    }
  });
  return counts;
}
