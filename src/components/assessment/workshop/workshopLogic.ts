/**
 * What the workshop screen works out from the model and the scores, kept out of the components so
 * it can be tested without rendering.
 */
import type { WorkshopScores } from '../../../data/types';
import { perspectiveSpread, type Capability, type Model, type Perspective, type WorkshopSpread } from '../../../nimm';

/**
 * The perspectives a capability is scored on: those its criteria are written from, in the
 * model's order; every perspective of the model when its criteria name none (a capability with
 * no criteria yet is still assessed "in the round").
 */
export function perspectivesOf(model: Model, capability: Capability): Perspective[] {
  const used = model.perspectives.filter((p) => capability.levels.some((l) => l.criteria.some((c) => c.perspective === p.key)));
  return used.length > 0 ? used : model.perspectives.slice();
}

/** The capability's highest level: scores go from 1 to this. */
export function topLevelOf(capability: Capability): number {
  return Math.max(1, ...capability.levels.map((l) => l.level));
}

/**
 * Scores the screen can use: only the perspectives shown, and only levels from 1 to the top
 * level. Anything else (a hand edit, a model whose levels changed since) is left out rather than
 * let it skew the spread, which would refuse it anyway.
 */
export function usableScores(everyone: readonly WorkshopScores[], perspectives: readonly Perspective[], topLevel: number): WorkshopScores[] {
  const keys = perspectives.map((p) => p.key);
  return everyone.map((person) => {
    const scores: Record<string, number> = {};
    for (const key of keys) {
      const level = person.scores[key];
      if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= topLevel) scores[key] = level;
    }
    return { ...person, scores };
  });
}

/** The spread of each perspective (src/nimm/assessment/workshop.ts), people named by display name. */
export function spreadOf(everyone: readonly WorkshopScores[], perspectives: readonly Perspective[], topLevel: number): WorkshopSpread {
  return perspectiveSpread(
    everyone.map((p) => ({ participant: p.name, scores: p.scores })),
    { perspectives: perspectives.map((p) => p.key), topLevel }
  );
}

/**
 * One level to suggest for the capability: the lowest of the perspectives' suggested levels. A
 * capability is assessed in the round, so it only stands at a level that holds from every
 * perspective; taking the lowest keeps the suggestion a claim the team can defend. Null when
 * nobody scored anything.
 */
export function suggestedLevel(spread: WorkshopSpread): number | null {
  const suggested = spread.perspectives.map((p) => p.suggestedConsensus).filter((l): l is number => l !== null);
  return suggested.length > 0 ? Math.min(...suggested) : null;
}

/** A median as people read it: "2" or "2.5". */
export function medianText(median: number): string {
  return Number.isInteger(median) ? String(median) : median.toFixed(1);
}

/** Where the workshop switch is remembered: per site and assessment, for this browser tab only. */
function modeKey(site: string, assessmentId: number): string {
  return `nimm-workshop-mode:${site}:${assessmentId}`;
}

/**
 * Whether workshop mode was on for this assessment in this tab. A session moves from capability
 * to capability, so the switch stays on until turned off; sessionStorage keeps it to this tab.
 */
export function readWorkshopMode(site: string, assessmentId: number): boolean {
  try {
    return window.sessionStorage.getItem(modeKey(site, assessmentId)) === 'on';
  } catch {
    // Storage can be turned off (private browsing, a locked-down browser): start with it off.
    return false;
  }
}

/** Remembers the workshop switch (best effort: without storage it is simply not remembered). */
export function keepWorkshopMode(site: string, assessmentId: number, on: boolean): void {
  try {
    if (on) window.sessionStorage.setItem(modeKey(site, assessmentId), 'on');
    else window.sessionStorage.removeItem(modeKey(site, assessmentId));
  } catch {
    // Not remembered; nothing is lost but the switch's position on the next capability.
  }
}
