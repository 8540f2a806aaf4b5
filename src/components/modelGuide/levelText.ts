import { formatString, GuideStrings as strings } from '../../loc/strings';
import type { Model } from '../../nimm/model/schema';
import { levelName } from './modelGuideLogic';

/** "Level 3: Standardised", as a heading or legend entry. */
export function levelTitle(model: Model, level: number): string {
  const name = levelName(model, level);
  return name ? formatString(strings.LevelWithName, level, name) : formatString(strings.LevelWithoutName, level);
}

/** "level 3 (Standardised)", inside a sentence. */
export function levelInSentence(model: Model, level: number): string {
  const name = levelName(model, level);
  return name ? formatString(strings.LevelInSentence, level, name) : formatString(strings.LevelInSentenceWithoutName, level);
}

/** "N capabilities match", for the live region. */
export function matchCountText(count: number): string {
  if (count === 0) return strings.MatchCountNone;
  if (count === 1) return strings.MatchCountOne;
  return formatString(strings.MatchCountMany, count);
}
