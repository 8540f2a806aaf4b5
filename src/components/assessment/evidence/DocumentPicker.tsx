import * as React from 'react';
import { getId, MessageBar, MessageBarType, SearchBox, useTheme } from '@fluentui/react';
import type { DataIssue, LibraryDocument } from '../../../data/types';
import { EvidenceStrings as strings, formatString } from '../../../loc/strings';
import { errorText, issueText, useStore } from '../../shell';
import { dateText } from '../../shell/dates';
import { getEvidenceClassNames } from './evidence.styles';
import { sizeText } from './evidenceText';

export interface IDocumentPickerProps {
  /** True while evidence is being added: choosing again would add a second link. */
  disabled: boolean;
  onChoose: (document: LibraryDocument) => void;
}

/** How long after the last keystroke the site is searched: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;
/** How many documents one search shows. */
const SHOWN = 20;

type Search =
  | { status: 'searching' }
  | { status: 'found'; documents: LibraryDocument[]; issues: DataIssue[] }
  | { status: 'failed'; message: string };

/**
 * Finds a document in the site's own libraries by part of its name and offers each as a button:
 * choosing one adds it as evidence (the document stays where it is). The search runs a moment
 * after typing stops, and only the newest search may show its answer, so a slow answer to an
 * earlier query never replaces a newer one. With nothing typed it lists the libraries' documents.
 */
export const DocumentPicker: React.FC<IDocumentPickerProps> = ({ disabled, onChoose }) => {
  const classNames = getEvidenceClassNames(useTheme());
  const store = useStore();
  const [query, setQuery] = React.useState('');
  const [search, setSearch] = React.useState<Search>({ status: 'searching' });
  const latest = React.useRef(0);
  const [hintId] = React.useState(() => getId('nimm-evidence-search-hint'));

  React.useEffect(() => {
    const mine = ++latest.current;
    setSearch({ status: 'searching' });
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => store.listLibraryDocuments(query.trim(), SHOWN))
        .then(
          (found) => {
            if (latest.current === mine) setSearch({ status: 'found', documents: found.items, issues: found.issues });
          },
          (error: unknown) => {
            if (latest.current === mine) setSearch({ status: 'failed', message: errorText(error) });
          }
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      // A search still out when the query changes (or the picker goes) must not set anything.
      latest.current++;
    };
  }, [query, store]);

  let summary = strings.Searching;
  if (search.status === 'found') {
    const n = search.documents.length;
    summary = n === 0 ? strings.DocumentsNone : n === 1 ? strings.DocumentsOne : formatString(strings.DocumentsMany, n);
  } else if (search.status === 'failed') {
    summary = '';
  }

  return (
    <div role="search" aria-label={strings.SearchLabel}>
      <SearchBox
        ariaLabel={strings.SearchLabel}
        placeholder={strings.SearchPlaceholder}
        value={query}
        aria-describedby={hintId}
        onChange={(_e, v) => setQuery(v ?? '')}
      />
      <p id={hintId} className={classNames.muted}>
        {strings.SearchHint}
      </p>
      <p className={classNames.status} role="status" aria-live="polite" aria-atomic="true">
        {summary}
      </p>
      {search.status === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {search.message}
        </MessageBar>
      ) : null}
      {search.status === 'found' && search.issues.length > 0 ? (
        // Not the shell's notice: these are libraries left out of a search, not damaged items,
        // and each one says what to do (open that library), which everyone can act on.
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          <p className={classNames.line}>{strings.DocumentsNotSearched}</p>
          <ul>
            {search.issues.map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
        </MessageBar>
      ) : null}
      {search.status === 'found' && search.documents.length > 0 ? (
        <ul className={classNames.results}>
          {search.documents.map((d) => (
            <li key={d.serverRelativeUrl} className={classNames.result}>
              <button type="button" className={classNames.resultButton} disabled={disabled} aria-label={formatString(strings.ChooseDocument, d.name, d.library)} onClick={() => onChoose(d)}>
                {d.name}
              </button>
              <span className={classNames.muted}>
                {' '}
                {d.modified ? formatString(strings.DocumentFactsChanged, d.library, dateText(d.modified)) : formatString(strings.DocumentFacts, d.library)}
                {d.size !== null ? `, ${sizeText(d.size)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};
