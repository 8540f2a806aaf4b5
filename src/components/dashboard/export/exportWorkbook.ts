/**
 * Downloads the dashboard as an Excel workbook, made in the browser. write-excel-file (about
 * 20 KB gzipped) is loaded only now, on the Export click, as its own chunk: nobody who only looks
 * at the dashboard pays for it.
 *
 * Resolving `write-excel-file/browser`: the package has an `exports` map. SPFx's webpack 5 and the
 * workbench's esbuild (tools/workbench/bundle.ts, platform browser) take its `import` condition,
 * the ES module build; esbuild's IIFE bundle has no chunks, so there the import becomes a
 * resolved promise of the bundled module. Jest (CommonJS) takes `require`, the CommonJS build,
 * whose module object is the function itself with a `default` property: `.default` is the
 * function in every case.
 */
import { DashboardStrings as strings, formatString } from '../../../loc/strings';
import type { DashboardData } from '../dashboardData';
import { workbookFileName, workbookSheets } from './workbookSheets';

/** A failure whose message can be shown as it is ("The workbook could not be made: ..."). */
export class ExportError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ExportError';
    // ES5 output: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, ExportError.prototype);
  }
}

export interface ExportOptions {
  /** The NIMM site's address (evidence addresses are made absolute on it); the page's when empty. */
  siteUrl: string;
  /** Today as YYYY-MM-DD, for the file name, the Summary and expiry. */
  today: string;
}

/**
 * Builds the workbook and hands it to the browser as a download. Resolves with the file name;
 * rejects only with an ExportError, whose message says what went wrong in words.
 */
export async function exportWorkbook(data: DashboardData, profileKey: string | null, options: ExportOptions): Promise<string> {
  let writeXlsxFile: typeof import('write-excel-file/browser').default;
  try {
    writeXlsxFile = (await import(/* webpackChunkName: 'nimm-export' */ 'write-excel-file/browser')).default;
  } catch {
    throw new ExportError(formatString(strings.ExportFailed, strings.ExportLoadFailed));
  }
  try {
    const sheets = workbookSheets(data, profileKey, { siteUrl: options.siteUrl || window.location.href, today: options.today });
    const fileName = workbookFileName(data.shown.assessment.title, options.today);
    await writeXlsxFile(sheets).toFile(fileName);
    return fileName;
  } catch {
    throw new ExportError(formatString(strings.ExportFailed, strings.ExportWriteFailed));
  }
}
