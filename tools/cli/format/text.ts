/** Small wording helpers shared by the command outputs. */

/** "1 capability", "3 capabilities". */
export function plural(count: number, singular: string, pluralForm?: string): string {
  return `${count} ${count === 1 ? singular : pluralForm ?? pluralFor(singular)}`;
}

function pluralFor(word: string): string {
  if (/[^aeiou]y$/.test(word)) {
    return `${word.slice(0, -1)}ies`;
  }
  return `${word}s`;
}

/** A share from 0 to 1 as a whole percentage: 0.4167 -> "42%". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '-' : `${Math.round(share * 100)}%`;
}

/** A mean level to two decimals, or "-" when there is nothing to average. */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : value.toFixed(2);
}

/** "yes" / "no" for a boolean shown in a table. */
export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** An effort or capacity to at most two decimals, without trailing zeros: 2 -> "2", 2.5 -> "2.5", 1/3 -> "0.33". */
export function amount(value: number): string {
  return String(Number(value.toFixed(2)));
}
