/**
 * Capability search for the assessment screens: finds what people type, in the words they use.
 * Every word (or known phrase) typed must be found somewhere in the capability: its name, key,
 * summary, category name, level descriptions or criteria. Acronyms and plain synonyms expand
 * both ways through the table in searchSynonyms.ts. Results come best first, each saying where
 * it matched, so a screen can explain a result that does not show the word in its name.
 *
 * The model's text is folded and split into words once per model object (models are treated as
 * immutable, as in indexModel), so each keystroke only scans words.
 */
import type { Model } from '../model/schema';
import { SEARCH_SYNONYMS, SynonymGroup } from './searchSynonyms';
import { compileSynonyms, parseQuery, SearchTerm, TermAlternative } from './searchTerms';
import { foldText, phraseFound, wordReadings } from './searchText';

/** Where in a capability a term was found, best first. */
export type SearchField = 'name' | 'key' | 'summary' | 'category' | 'descriptor' | 'criteria';

/** How much a match in each field counts: name and key hits rank above criteria hits. */
const FIELD_WEIGHT: Record<SearchField, number> = { name: 6, key: 5, summary: 4, category: 3, descriptor: 2, criteria: 1 };

/** The fields, best first. */
export const SEARCH_FIELDS: readonly SearchField[] = ['name', 'key', 'summary', 'category', 'descriptor', 'criteria'];

/** Where one term of the query was found in a capability. */
export interface TermMatch {
  /** The word or phrase as typed (lower case, no accents). */
  term: string;
  /** The best field it was found in. */
  field: SearchField;
  /** What was found there: the typed word, or the synonym that matched ("single sign-on" for "sso"). */
  foundAs: string;
  /** True when it was found through the synonym table rather than as typed. */
  synonym: boolean;
}

/** One capability the search found. */
export interface CapabilitySearchResult {
  /** The capability's key. */
  capability: string;
  /**
   * The field a screen should name ("matched in criteria"): the weakest of the terms' best
   * fields, because that is the word a reader cannot see in the name. Null for an empty query.
   */
  matchedIn: SearchField | null;
  /** Every field where any term was found, best first. */
  fields: SearchField[];
  /** Each term of the query, in the order typed, with where it was found. */
  terms: TermMatch[];
  /** Keys of the criteria where any term was found, in model order, for highlighting. */
  criteria: string[];
  /** The sum of each term's best field weight; results are sorted on it. */
  score: number;
}

/** One searchable piece of text of a capability. */
interface SearchItem {
  field: SearchField;
  readings: string[][];
  /** The criterion's key, for criteria items. */
  criterion?: string;
}

interface SearchEntry {
  key: string;
  position: number;
  /** Items in field order, best field first, so the first item a term is found in is its best. */
  items: SearchItem[];
}

const indexCache = new WeakMap<Model, SearchEntry[]>();

function item(field: SearchField, text: string | undefined, criterion?: string): SearchItem | null {
  const readings = wordReadings(foldText(text ?? ''));
  if (readings.length === 0) {
    return null;
  }
  return criterion === undefined ? { field, readings } : { field, readings, criterion };
}

/** The model's searchable text, folded and split once per model object. */
function searchIndex(model: Model): SearchEntry[] {
  const cached = indexCache.get(model);
  if (cached) {
    return cached;
  }
  const categoryNames = new Map<string, string>();
  for (const category of model.categories) {
    if (!categoryNames.has(category.key)) {
      categoryNames.set(category.key, category.name);
    }
  }
  const entries = model.capabilities.map((capability, position): SearchEntry => {
    const levels = capability.levels.slice().sort((a, b) => a.level - b.level);
    const items: Array<SearchItem | null> = [
      item('name', capability.name),
      item('key', capability.key),
      item('summary', capability.summary),
      item('category', categoryNames.get(capability.category)),
      item('descriptor', capability.basicDescriptor)
    ];
    for (const level of levels) {
      items.push(item('descriptor', level.descriptor));
    }
    for (const level of levels) {
      for (const criterion of level.criteria) {
        items.push(item('criteria', criterion.text, criterion.key));
      }
    }
    return { key: capability.key, position, items: items.filter((i): i is SearchItem => i !== null) };
  });
  indexCache.set(model, entries);
  return entries;
}

/** Whether an alternative is found in one item, under any reading of either. */
function foundIn(alternative: TermAlternative, searchItem: SearchItem): boolean {
  for (const phrase of alternative.readings) {
    for (const words of searchItem.readings) {
      if (phraseFound(phrase, words)) {
        return true;
      }
    }
  }
  return false;
}

/** Matches one capability against every term; null when any term is not found. */
function matchCapability(entry: SearchEntry, terms: readonly SearchTerm[]): CapabilitySearchResult | null {
  const fields = new Set<SearchField>();
  const criteriaItems = new Set<number>();
  const matches: TermMatch[] = [];
  for (const term of terms) {
    let best: TermMatch | null = null;
    for (let itemIndex = 0; itemIndex < entry.items.length; itemIndex += 1) {
      const searchItem = entry.items[itemIndex];
      // Alternatives start with what was typed, so at equal fields the typed word is reported.
      let found: TermAlternative | null = null;
      for (let a = 0; a < term.alternatives.length && found === null; a += 1) {
        found = foundIn(term.alternatives[a], searchItem) ? term.alternatives[a] : null;
      }
      if (found === null) {
        continue;
      }
      fields.add(searchItem.field);
      if (searchItem.criterion !== undefined) {
        criteriaItems.add(itemIndex);
      }
      if (best === null) {
        best = { term: term.text, field: searchItem.field, foundAs: found.label, synonym: !found.typed };
      }
    }
    if (best === null) {
      return null;
    }
    matches.push(best);
  }
  let weakest: SearchField | null = null;
  let score = 0;
  for (const match of matches) {
    score += FIELD_WEIGHT[match.field];
    if (weakest === null || FIELD_WEIGHT[match.field] < FIELD_WEIGHT[weakest]) {
      weakest = match.field;
    }
  }
  return {
    capability: entry.key,
    matchedIn: weakest,
    fields: SEARCH_FIELDS.filter((field) => fields.has(field)),
    terms: matches,
    criteria: Array.from(criteriaItems)
      .sort((a, b) => a - b)
      .map((itemIndex) => entry.items[itemIndex].criterion as string),
    score
  };
}

/** Results found through fewer synonyms rank first at equal scores: they are what was typed. */
function typedCount(result: CapabilitySearchResult): number {
  return result.terms.filter((term) => !term.synonym).length;
}

/**
 * The capabilities matching a query, best first: by where the words were found (name and key,
 * then summary, category, level descriptions, criteria), then by how many were found as typed
 * rather than as synonyms, then in model order. An empty query, or one with no letters or
 * digits, finds every capability in model order. Never throws, whatever the query.
 *
 * @param synonyms the synonym table; the default suits NHS infrastructure teams.
 */
export function searchCapabilities(model: Model, query: string, synonyms: readonly SynonymGroup[] = SEARCH_SYNONYMS): CapabilitySearchResult[] {
  const entries = searchIndex(model);
  const terms = parseQuery(typeof query === 'string' ? query : '', compileSynonyms(synonyms));
  if (terms.length === 0) {
    return entries.map((entry) => ({ capability: entry.key, matchedIn: null, fields: [], terms: [], criteria: [], score: 0 }));
  }
  const found: Array<{ result: CapabilitySearchResult; position: number }> = [];
  for (const entry of entries) {
    const result = matchCapability(entry, terms);
    if (result !== null) {
      found.push({ result, position: entry.position });
    }
  }
  found.sort((a, b) => b.result.score - a.result.score || typedCount(b.result) - typedCount(a.result) || a.position - b.position);
  return found.map((f) => f.result);
}
