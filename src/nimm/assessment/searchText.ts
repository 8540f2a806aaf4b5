/**
 * How capability search reads text: folding case and accents, splitting into words, and
 * matching a word the user typed against a word of the model. Kept apart from the search so
 * the rules for "the same word" live in one place and the index and the query agree on them.
 */

/** Letters that do not fall apart into a base letter and an accent under Unicode decomposition. */
const UNDECOMPOSED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case, accents off ("Café" -> "cafe"), compatibility forms unfolded ("ﬁ" -> "fi") and
 * apostrophes dropped, so "trust's" and "trusts" are one word. Never throws, whatever it is given.
 */
export function foldText(value: string): string {
  let text = String(value).toLowerCase();
  // normalize is ES2015; every browser SharePoint supports has it, but the domain compiles to ES5.
  if (typeof text.normalize === 'function') {
    text = text.normalize('NFKD');
  }
  return text
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => UNDECOMPOSED[letter])
    .replace(/['\u2018\u2019\u02bc`]/g, '');
}

/**
 * What separates words, as ranges of character codes: control characters, white space, ASCII
 * punctuation, Latin-1 punctuation and symbols, and the Unicode punctuation blocks. Letters of
 * any script stay inside words, so a query in Greek finds nothing rather than being emptied into
 * a query that finds everything. (Ranges, not a regular expression: the lint rule rightly
 * refuses control characters in one.)
 */
const SEPARATOR_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x002f],
  [0x003a, 0x0040],
  [0x005b, 0x0060],
  [0x007b, 0x00bf],
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  [0x2000, 0x206f],
  [0x2e00, 0x2e7f],
  [0x3000, 0x303f],
  [0xfe10, 0xfe6f],
  [0xff00, 0xff0f]
];

function isSeparator(code: number): boolean {
  for (const [from, to] of SEPARATOR_RANGES) {
    if (code >= from && code <= to) {
      return true;
    }
  }
  return false;
}

/** Hyphens between two letters or digits ("sign-on", "wi-fi"), in ASCII and Unicode. */
const JOINING_HYPHENS = /([a-z0-9])[-\u2010\u2011]+(?=[a-z0-9])/g;

/** Text without separators at either end ("sso," -> "sso"), for showing a typed word back. */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSeparator(text.charCodeAt(start))) {
    start += 1;
  }
  while (end > start && isSeparator(text.charCodeAt(end - 1))) {
    end -= 1;
  }
  return text.slice(start, end);
}

/** The words of already folded text. */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i += 1) {
    if (i === folded.length || isSeparator(folded.charCodeAt(i))) {
      if (i > start) {
        words.push(folded.slice(start, i));
      }
      start = i + 1;
    }
  }
  return words;
}

/**
 * The ways a piece of folded text can be read as words: split at hyphens ("wi", "fi") and,
 * when it has a hyphenated word, with that word joined up ("wifi"). Indexing both readings and
 * querying both readings makes "wi-fi", "wi fi" and "wifi" find each other.
 */
export function wordReadings(folded: string): string[][] {
  const split = splitWords(folded);
  const joinedText = folded.replace(JOINING_HYPHENS, '$1');
  if (joinedText === folded) {
    return split.length > 0 ? [split] : [];
  }
  const joined = splitWords(joinedText);
  return split.length > 0 ? [split, joined] : [];
}

/** A word of a search phrase and how it must match. */
export interface SearchWord {
  text: string;
  /**
   * True for acronyms: the model's word must be exactly this word or its plural. Otherwise the
   * model's word need only start with it, so "manag" finds "management" as the user types.
   */
  whole: boolean;
}

/** Whether one word of the model matches one word of a search phrase. */
export function wordMatches(word: SearchWord, modelWord: string): boolean {
  if (word.whole) {
    return modelWord === word.text || modelWord === `${word.text}s`;
  }
  return modelWord.length >= word.text.length && modelWord.slice(0, word.text.length) === word.text;
}

/**
 * Whether the phrase's words appear one after another somewhere in the model's words. Only the
 * last word of a phrase may match the start of a longer word: it is the one still being typed,
 * and letting every word do so makes "wi fi" find "with finance".
 */
export function phraseFound(phrase: readonly SearchWord[], modelWords: readonly string[]): boolean {
  const last = modelWords.length - phrase.length;
  const finalWord = phrase.length - 1;
  for (let start = 0; start <= last; start += 1) {
    let all = true;
    for (let i = 0; i < phrase.length && all; i += 1) {
      const word = i < finalWord && !phrase[i].whole ? { text: phrase[i].text, whole: true } : phrase[i];
      all = wordMatches(word, modelWords[start + i]);
    }
    if (all) {
      return true;
    }
  }
  return false;
}
