/**
 * Splits a template such as "needs {0} at level {1}" into its literal parts and the values, so a
 * value can be a React element (a jump link) and everything else stays plain text. A placeholder
 * with no value is left as it is.
 */
export function fillTemplate<T>(template: string, values: T[]): Array<string | T> {
  const parts: Array<string | T> = [];
  const pattern = /\{(\d+)\}/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(template)) !== null) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const value = values[Number(match[1])];
    parts.push(value === undefined ? match[0] : value);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Fills "{0}", "{1}" ... in a template with plain values (a "$" in a value is never special). */
export function formatString(template: string, ...values: Array<string | number>): string {
  return fillTemplate(template, values.map(String)).join('');
}
