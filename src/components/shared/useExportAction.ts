import * as React from 'react';
import { formatString } from '../../loc/strings';
import { ExportError } from './workbook';

/** What an export says, in the web part's own words. */
export interface ExportMessages {
  /** While the export runs: on its button and in the status. */
  exporting: string;
  /** When it is done; {0} the file name. */
  exported: string;
  /** When it failed with anything but an ExportError (whose message is said as it is). */
  failed: string;
}

export interface ExportAction {
  /** True from the click until the export has finished, either way. */
  exporting: boolean;
  /** For a polite live region: the progress, then the file downloaded; empty after a failure. */
  status: string;
  /** Why the export failed, in words; null when it did not. */
  failure: string | null;
  /** Starts `run` (ignored while an export is under way). */
  start: () => void;
  /** Closes the failure message. */
  dismissFailure: () => void;
}

/**
 * An export button's state: `run` makes the file (the workbook writer loaded on the click, by
 * `run` itself) and resolves with the file's name. Progress and the outcome go into `status`, a
 * failure into `failure`; once the component has gone, a finished export sets no state.
 */
export function useExportAction(run: () => Promise<string>, messages: ExportMessages): ExportAction {
  const [exporting, setExporting] = React.useState(false);
  const [status, setStatus] = React.useState('');
  const [failure, setFailure] = React.useState<string | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = (): void => {
    if (exporting) return;
    setExporting(true);
    setFailure(null);
    setStatus(messages.exporting);
    run()
      .then((fileName) => {
        if (mounted.current) setStatus(formatString(messages.exported, fileName));
      })
      .catch((error: unknown) => {
        if (!mounted.current) return;
        setStatus('');
        setFailure(error instanceof ExportError ? error.message : messages.failed);
      })
      .then(() => {
        if (mounted.current) setExporting(false);
      })
      .catch(() => undefined);
  };

  return { exporting, status, failure, start, dismissFailure: () => setFailure(null) };
}
