/**
 * Downloads the dashboard as an Excel workbook, made in the browser. write-excel-file (about
 * 20 KB gzipped) is loaded only now, on the Export click (shared/workbook.ts).

 */
import { DashboardStrings as strings } from '../../../loc/dashboardStrings';
import { formatString } from '../../../loc/strings';
import { downloadWorkbook, ExportError } from '../../shared/workbook';
import type { DashboardData } from '../dashboardData';
import { workbookFileName, workbookSheets } from './workbookSheets';

export { ExportError };

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
export function exportWorkbook(data: DashboardData, profileKey: string | null, options: ExportOptions): Promise<string> {
  return downloadWorkbook(
    () => workbookSheets(data, profileKey, { siteUrl: options.siteUrl || window.location.href, today: options.today }),
    workbookFileName(data.shown.assessment.title, options.today),
    { loadFailed: formatString(strings.ExportFailed, strings.ExportLoadFailed), writeFailed: formatString(strings.ExportFailed, strings.ExportWriteFailed) }
  );
}
