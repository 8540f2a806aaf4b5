/**
 * Turns what a person typed into search terms: each word, or each phrase the synonym table
 * knows ("single sign-on", "disaster recovery"), with the other ways of saying it. Every term
 * must be found for a capability to match; a term is found when any one of its ways is.
 */
import { foldText, SearchWord, trimSeparators, wordReadings } from './searchText';
import type { SynonymGroup } from './searchSynonyms';

/** One way of saying a term. */
export interface TermAlternative {
  /** The phrase as written: what the user typed, or the synonym table's entry. */
  label: string;
  /** The phrase's readings (split at hyphens, and joined up), each a sequence of words. */
  readings: SearchWord[][];
  /** True for what the user typed; false for a synonym. */
  typed: boolean;
}

/** A word or known phrase of the query, with every way of saying it (what was typed first). */
export interface SearchTerm {
  /** The term as typed (folded: lower case, no accents). */
  text: string;
  alternatives: TermAlternative[];
}

/** The synonym table, ready for lookups. */
export interface CompiledSynonyms {
  /** Each folded phrase reading (words joined by a space) to the groups holding it. */
  groupsByPhrase: Map<string, number[]>;
  /** Folded phrase readings that are acronyms, so what the user typed matches whole words too. */
  acronyms: Set<string>;
  /** Each group's entries as alternatives. */
  groups: TermAlternative[][];
  /** The most words in any entry, so phrase lookups know how far to look ahead. */
  longestPhrase: number;
}

/** "EPR", "2FA": capitals and digits with at least one letter. */
function isAcronym(entry: string): boolean {
  return /[A-Z]/.test(entry) && entry === entry.toUpperCase();
}

function alternative(label: string, whole: boolean, typed: boolean): TermAlternative {
  const readings = wordReadings(foldText(label)).map((words) => words.map((text): SearchWord => ({ text, whole })));
  return { label, readings, typed };
}

const compiledCache = new WeakMap<readonly SynonymGroup[], CompiledSynonyms>();

/** The table compiled once per table object: every query reuses it. */
export function compileSynonyms(table: readonly SynonymGroup[]): CompiledSynonyms {
  const cached = compiledCache.get(table);
  if (cached) {
    return cached;
  }
  const compiled: CompiledSynonyms = { groupsByPhrase: new Map(), acronyms: new Set(), groups: [], longestPhrase: 1 };
  table.forEach((group, groupIndex) => {
    const alternatives = group.map((entry) => alternative(entry, isAcronym(entry), false)).filter((a) => a.readings.length > 0);
    compiled.groups.push(alternatives);
    for (const entry of alternatives) {
      for (const reading of entry.readings) {
        const phrase = reading.map((word) => word.text).join(' ');
        const groups = compiled.groupsByPhrase.get(phrase) ?? [];
        if (groups.indexOf(groupIndex) === -1) {
          groups.push(groupIndex);
        }
        compiled.groupsByPhrase.set(phrase, groups);
        if (reading[0].whole) {
          compiled.acronyms.add(phrase);
        }
        compiled.longestPhrase = Math.max(compiled.longestPhrase, reading.length);
      }
    }
  });
  compiledCache.set(table, compiled);
  return compiled;
}

/** A chunk of the query between spaces, read as words (both readings when hyphenated). */
interface Chunk {
  text: string;
  readings: string[][];
}

/** The phrase the table knows under `phrase`, or under its singular ("backups" -> "backup"). */
function knownPhrase(phrase: string, synonyms: CompiledSynonyms): string | null {
  if (synonyms.groupsByPhrase.has(phrase)) {
    return phrase;
  }
  const singular = phrase.length > 3 && phrase.charAt(phrase.length - 1) === 's' ? phrase.slice(0, -1) : '';
  return singular !== '' && synonyms.groupsByPhrase.has(singular) ? singular : null;
}

/**
 * The terms of a query, in the order typed. Known phrases are taken greedily, longest first,
 * and only as whole space-separated chunks, so "single sign-on" is one term but "sign" alone
 * is not taken from "sign-on". An entry adding no new reading is left out, so what was typed is
 * reported as typed rather than as its own synonym.
 */
export function parseQuery(query: string, synonyms: CompiledSynonyms): SearchTerm[] {
  const chunks: Chunk[] = foldText(query)
    .split(/\s+/)
    .map((text) => ({ text: trimSeparators(text), readings: wordReadings(text) }))
    .filter((chunk) => chunk.readings.length > 0);
  const terms: SearchTerm[] = [];
  let start = 0;
  while (start < chunks.length) {
    let taken = 0;
    let phrase: string | null = null;
    for (let length = Math.min(synonyms.longestPhrase, chunks.length - start); length >= 1 && phrase === null; length -= 1) {
      phrase = lookUpSpan(chunks.slice(start, start + length), synonyms);
      taken = length;
    }
    const span = chunks.slice(start, start + taken);
    terms.push(termFor(span, phrase, synonyms));
    start += taken;
  }
  return terms;
}

/** The known phrase a run of chunks spells, under either reading. */
function lookUpSpan(span: readonly Chunk[], synonyms: CompiledSynonyms): string | null {
  const split = span.map((chunk) => chunk.readings[0].join(' ')).join(' ');
  const joined = span.map((chunk) => chunk.readings[chunk.readings.length - 1].join(' ')).join(' ');
  return knownPhrase(split, synonyms) ?? knownPhrase(joined, synonyms);
}

function termFor(span: readonly Chunk[], phrase: string | null, synonyms: CompiledSynonyms): SearchTerm {
  const text = span.map((chunk) => chunk.text).join(' ');
  // What was typed matches whole words when the table calls it an acronym ("AV" must not find "available").
  const typed = alternative(text, phrase !== null && synonyms.acronyms.has(phrase), true);
  const alternatives: TermAlternative[] = [typed];
  const seen = new Set<string>(typed.readings.map(readingKey));
  for (const group of phrase === null ? [] : synonyms.groupsByPhrase.get(phrase) ?? []) {
    for (const entry of synonyms.groups[group]) {
      if (entry.readings.some((reading) => !seen.has(readingKey(reading)))) {
        entry.readings.forEach((reading) => seen.add(readingKey(reading)));
        alternatives.push(entry);
      }
    }
  }
  return { text, alternatives };
}

function readingKey(reading: readonly SearchWord[]): string {
  return reading.map((word) => (word.whole ? `${word.text}!` : word.text)).join(' ');
}
