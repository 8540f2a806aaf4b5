/**
 * A response's history in words: what each version changed from the one before. Plain functions
 * (no React), so the wording of every kind of change is easy to test.
 */
import type { Answer, Capability, Model } from '../../../nimm';
import type { ResponseVersion } from '../../../data/types';
import { AssessmentStrings, formatString, ReviewStrings as strings } from '../../../loc/strings';
import { statusText } from '../assessmentText';
import { dateText, timeText } from '../../shell/dates';

/** What the words need from the model: the capability's criteria in order, and level names. */
export interface HistoryContext {
  /** The capability's criteria in the model's order, to name them and list changes in that order. */
  criteria: ReadonlyArray<{ key: string; text: string }>;
  /** A level's name ("Standardised"), or '' when the model has none. */
  levelName: (level: number) => string;
}

/** The words' view of the model: this capability's criteria in order, and its level names. */
export function historyContext(capability: Capability, model: Model): HistoryContext {
  const criteria: Array<{ key: string; text: string }> = [];
  // By level, lowest first, as the screen lists them (a model file may list levels in any order).
  const levels = capability.levels.slice().sort((a, b) => a.level - b.level);
  for (const level of levels) for (const c of level.criteria) criteria.push({ key: c.key, text: c.text });
  return { criteria, levelName: (level) => model.levels.find((l) => l.level === level)?.name ?? '' };
}

function answerText(answer: Answer): string {
  return AssessmentStrings[`Answer_${answer}` as keyof typeof AssessmentStrings] ?? answer;
}

/** "level 3 (Standardised)", or "level 3" when the level has no name. */
export function levelWords(level: number, context: HistoryContext): string {
  const name = context.levelName(level);
  return name ? formatString(strings.LevelInWords, level, name) : formatString(strings.LevelNumber, level);
}

/** "4 March 2026 at 14:05" in the reader's time zone; the raw value if it is not a date. */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  return formatString(strings.DateAtTime, dateText(iso), timeText(date));
}

/** Criterion keys of two records, the model's order first, then any the model no longer has. */
function keysInOrder(a: Record<string, unknown>, b: Record<string, unknown>, context: HistoryContext): string[] {
  const present = new Set(Object.keys(a).concat(Object.keys(b)));
  const ordered = context.criteria.map((c) => c.key).filter((k) => present.has(k));
  const known = new Set(ordered);
  return ordered.concat(Object.keys(a).concat(Object.keys(b)).filter((k, i, all) => !known.has(k) && all.indexOf(k) === i).sort());
}

function criterionName(key: string, context: HistoryContext): string {
  return context.criteria.find((c) => c.key === key)?.text ?? key;
}

/** What an empty response holds, to describe a first version as changes from nothing. */
const NOTHING: Pick<ResponseVersion, 'status' | 'agreedLevel' | 'rationale' | 'answers' | 'notes'> = { status: 'not-started', agreedLevel: null, rationale: '', answers: {}, notes: {} };

/**
 * What `version` changed from `previous` (the version before it), one sentence each, in the
 * order a reviewer looks: status, agreed level, rationale, then each answer and note by criterion.
 * Without a previous version it is the first one (or the oldest kept): it says so and lists
 * what it held.
 * Fields ResponseVersion does not carry (owner, reviewer, improvement ideas) are not compared.
 */
export function versionChanges(version: ResponseVersion, previous: ResponseVersion | undefined, context: HistoryContext): string[] {
  const before = previous ?? NOTHING;
  const out: string[] = [];
  // SharePoint drops the oldest versions past the list's limit: only version 1.0 is the first.
  if (!previous) out.push(version.label === '1.0' ? strings.ChangeFirst : strings.ChangeOldestKept);
  // A first version's status is in its own facts line; "from Not started" would add nothing.
  if (previous && version.status !== before.status) out.push(formatString(strings.ChangeStatus, statusText(before.status), statusText(version.status)));

  if (version.agreedLevel !== before.agreedLevel) {
    if (before.agreedLevel === null) out.push(formatString(strings.ChangeAgreedSet, levelWords(version.agreedLevel as number, context)));
    else if (version.agreedLevel === null) out.push(strings.ChangeAgreedCleared);
    else out.push(formatString(strings.ChangeAgreedChanged, levelWords(before.agreedLevel, context), levelWords(version.agreedLevel, context)));
  }

  const rationale = version.rationale.trim();
  const earlier = before.rationale.trim();
  if (rationale !== earlier) {
    if (earlier === '') out.push(formatString(strings.ChangeRationaleAdded, rationale));
    else if (rationale === '') out.push(strings.ChangeRationaleRemoved);
    else out.push(formatString(strings.ChangeRationaleChanged, rationale));
  }

  for (const key of keysInOrder(version.answers, before.answers, context)) {
    const now = version.answers[key];
    const was = before.answers[key];
    if (now === was) continue;
    const name = criterionName(key, context);
    if (was === undefined) out.push(formatString(strings.ChangeAnswerAdded, name, answerText(now)));
    else if (now === undefined) out.push(formatString(strings.ChangeAnswerCleared, name, answerText(was)));
    else out.push(formatString(strings.ChangeAnswerChanged, name, answerText(was), answerText(now)));
  }

  for (const key of keysInOrder(version.notes, before.notes, context)) {
    if ((version.notes[key] ?? '') !== (before.notes[key] ?? '')) out.push(formatString(strings.ChangeNote, criterionName(key, context)));
  }

  if (previous && out.length === 0) out.push(strings.ChangeNothingTracked);
  return out;
}

/** "Saved on 4 March 2026 at 14:05 by Ann Example.", naming nobody when SharePoint could not. */
export function savedText(version: ResponseVersion): string {
  const who = version.by.trim() || strings.WhoUnknown;
  return version.when ? formatString(strings.SavedWhenBy, dateTimeText(version.when), who) : formatString(strings.SavedBy, who);
}

/** "Status: Agreed. Agreed level: level 3 (Standardised)." */
export function versionFacts(version: ResponseVersion, context: HistoryContext): string {
  return formatString(strings.VersionFacts, statusText(version.status), version.agreedLevel === null ? strings.NoAgreedLevel : levelWords(version.agreedLevel, context));
}
