/**
 * What the suite's Excel exports share: write-excel-file's sheet shape, formula-safe cells, a
 * header row, a file name Windows and macOS accept, and the download, with the library loaded
 * only then, as its own chunk (nobody who only looks at a page pays for it).
 *
 * Every piece of text goes in as a string cell (`type: String`), never as a formula; text that
 * starts the way a formula does (= + - @, a tab or a carriage return) is also given the Text
 * number format ("@"), so Excel keeps it as text even when someone edits the cell. Text comes from
 * SharePoint items anyone with edit rights can write, and a workbook must never run it.
 *
 * Resolving `write-excel-file/browser`: the package has an `exports` map. SPFx's webpack 5 and the
 * workbench's esbuild (tools/workbench/bundle.ts, platform browser) take its `import` condition,
 * the ES module build; esbuild's IIFE bundle has no chunks, so there the import becomes a
 * resolved promise of the bundled module. Jest (CommonJS) takes `require`, the CommonJS build,
 * whose module object is the function itself with a `default` property: `.default` is the
 * function in every case.
 */
import type { Cell, Row } from 'write-excel-file/browser';

/** One sheet, in the shape write-excel-file takes. */
export interface WorkbookSheet {
  sheet: string;
  data: Row[];
  /** Widths in characters, one per column. */
  columns: Array<{ width: number }>;
  /** The header row stays in view while scrolling. */
  stickyRowsCount: number;
}

/** A failure whose message can be shown as it is ("The workbook could not be made: ..."). */
export class ExportError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ExportError';
    // ES5 output: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, ExportError.prototype);
  }
}

/** Text that a spreadsheet would read as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CellStyle = { fontWeight?: 'bold'; wrap?: boolean; backgroundColor?: string; bottomBorderStyle?: 'thin'; bottomBorderColor?: string };

const HEADER_STYLE: CellStyle = { fontWeight: 'bold', backgroundColor: '#E8EDEE', bottomBorderStyle: 'thin', bottomBorderColor: '#768692' };

/**
 * A text cell: always a string, never a formula; text starting like a formula also gets the Text
 * format, so editing the cell in Excel keeps it text. Empty text is an empty cell.
 */
export function textCell(value: string | null | undefined, style: CellStyle = {}): Cell {
  if (value === null || value === undefined || value === '') return null;
  return FORMULA_START.test(value) ? { ...style, value, type: String, format: '@' } : { ...style, value, type: String };
}

/** A number cell, or an empty one; `format` such as "0.00". */
export function numberCell(value: number | null | undefined, format?: string): Cell {
  if (value === null || value === undefined || isNaN(value)) return null;
  return format ? { value, type: Number, format } : { value, type: Number };
}

export function headerRow(titles: string[]): Row {
  return titles.map((title) => textCell(title, HEADER_STYLE));
}

/** A sheet: a header row of [title, width] pairs kept in view, then the rows. */
export function workbookSheet(name: string, headers: Array<[string, number]>, rows: Row[]): WorkbookSheet {
  return {
    sheet: name,
    data: [headerRow(headers.map((h) => h[0]))].concat(rows),
    columns: headers.map((h) => ({ width: h[1] })),
    stickyRowsCount: 1
  };
}

/** A file name from `name` with what Windows and macOS refuse in a name taken out, and ".xlsx" added. */
export function safeWorkbookName(name: string): string {
  const clean = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return `${clean.length > 150 ? clean.slice(0, 150).replace(/[\s.]+$/, '') : clean || 'NIMM'}.xlsx`;
}

/** What to say when the library cannot be loaded, or the workbook cannot be written. */
export interface DownloadMessages {
  loadFailed: string;
  writeFailed: string;
}

/**
 * Loads write-excel-file, builds the sheets and hands the workbook to the browser as a download.
 * Resolves with the file name; rejects only with an ExportError carrying one of `messages`.
 */
export async function downloadWorkbook(makeSheets: () => WorkbookSheet[], fileName: string, messages: DownloadMessages): Promise<string> {
  let writeXlsxFile: typeof import('write-excel-file/browser').default;
  try {
    writeXlsxFile = (await import(/* webpackChunkName: 'nimm-export' */ 'write-excel-file/browser')).default;
  } catch {
    throw new ExportError(messages.loadFailed);
  }
  try {
    await writeXlsxFile(makeSheets()).toFile(fileName);
    return fileName;
  } catch {
    throw new ExportError(messages.writeFailed);
  }
}

/** The page's address, to open in a browser; null unless it is http or https. */
export function browserAddress(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
