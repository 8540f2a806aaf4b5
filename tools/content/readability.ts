import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

/** Flesch-Kincaid grade level and word count of one text (a criterion, a descriptor). */
export function readability(text: string): { grade: number; words: number } {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) || []).length);
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return { grade: words.length ? fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) : 0, words: words.length };
}

/**
 * Product and company names that must not appear in the vendor-neutral model. Common English
 * words that are also product names ("teams", "exchange") are left out on purpose.
 */
export const BRAND_NAMES = /\b(microsoft|windows|active directory|azure|intune|cisco|vmware|citrix|servicenow|google|apple|ipad|iphone|android|dell|hp|lenovo|oracle|sophos|mcafee|symantec|sccm|office 365|sharepoint|linux|red hat|amazon|aws)\b/i;
