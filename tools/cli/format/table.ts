/** Plain-text tables for terminal output: padded columns, a rule under the header. */

/** One column of a table; numbers read best right-aligned. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/**
 * Renders rows under headers with every column as wide as its widest cell.
 * Trailing spaces are trimmed so the output diffs cleanly.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = ''): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    (
      indent +
      columns
        .map((column, i) => {
          const cell = cells[i] ?? '';
          return column.align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]);
        })
        .join('  ')
    ).trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line)
  ].join('\n');
}

/** Label/value lines ("Scope   Whole trust") with the labels padded to one width. */
export function renderFields(fields: readonly (readonly [string, string])[]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${label.padEnd(width)}  ${value}`.trimEnd()).join('\n');
}
