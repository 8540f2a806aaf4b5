import * as React from 'react';
import { ActionButton, type IPersonaProps, type ITextField, MessageBar, MessageBarType, NormalPeoplePicker, TextField } from '@fluentui/react';
import type { SitePerson } from '../../../data/types';
import { formatString, ReviewStrings as strings } from '../../../loc/strings';
import { errorText, useStore } from '../../shell';

/** A person as a response keeps them: the name shown, and their login when picked from the site. */
export interface PickedPerson {
  name: string;
  /** '' when the name was typed by hand (the search was unavailable) or none is chosen. */
  login: string;
}

export interface IPersonPickerProps {
  label: string;
  person: PickedPerson;
  disabled: boolean;
  onChange: (person: PickedPerson) => void;
}

/** Wait after the last keystroke before asking SharePoint, so typing a name is one search, not six. */
const SEARCH_DELAY_MS = 300;
/** A picker is for finding one person: a short list is easier to read aloud and to arrow through. */
const MAX_SUGGESTIONS = 10;

/** The e-mail address inside a claims login ("i:0#.f|membership|ann@trust.nhs.uk"), or ''. */
function emailOf(login: string): string {
  const parts = login.split('|');
  const last = parts[parts.length - 1];
  return last.indexOf('@') > 0 ? last : '';
}

function personaOf(person: SitePerson): IPersonaProps {
  return { text: person.title || person.email, secondaryText: person.email, id: person.loginName };
}

/**
 * One person of the site, for a capability's owner or reviewer: Fluent's people picker over
 * `store.searchPeople`, searched a moment after typing stops, one person at most. Suggestions are
 * announced and chosen with the arrow keys and Enter. If the site's people cannot be searched,
 * the reader is told why and gets a plain text field to type the name (kept without a login).
 */
export const PersonPicker: React.FC<IPersonPickerProps> = ({ label, person, disabled, onChange }) => {
  const store = useStore();
  const [failure, setFailure] = React.useState<string | null>(null);
  const [typed, setTyped] = React.useState('');
  const fallback = React.useRef<ITextField | null>(null);
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    []
  );
  React.useEffect(() => {
    // The field replaced the picker under the person's fingers: keep them typing in it.
    if (failure !== null) fallback.current?.focus();
  }, [failure]);

  const selected = React.useMemo<IPersonaProps[]>(
    () => (person.name.trim() === '' ? [] : [{ text: person.name, secondaryText: emailOf(person.login), id: person.login }]),
    [person.name, person.login]
  );

  const resolve = React.useCallback(
    (filter: string): Promise<IPersonaProps[]> | IPersonaProps[] => {
      if (filter.trim() === '') return [];
      return store.searchPeople(filter, MAX_SUGGESTIONS).then(
        (people) => people.map(personaOf),
        (error: unknown) => {
          if (alive.current) {
            setTyped(filter);
            setFailure(errorText(error));
          }
          return [];
        }
      );
    },
    [store]
  );

  if (failure !== null) {
    const commit = (name: string): void => {
      if (name !== person.name || person.login !== '') onChange({ name, login: '' });
    };
    return (
      <div>
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} role="alert">
          {formatString(strings.SearchFailed, failure)}
        </MessageBar>
        <TextField
          componentRef={fallback}
          label={formatString(strings.TypedNameLabel, label)}
          value={typed}
          disabled={disabled}
          maxLength={255}
          onChange={(_e, v) => {
            setTyped(v ?? '');
            commit((v ?? '').trim());
          }}
          onBlur={() => commit(typed.trim())}
        />
        <ActionButton iconProps={{ iconName: 'Search' }} text={strings.SearchAgain} disabled={disabled} onClick={() => setFailure(null)} />
      </div>
    );
  }

  return (
    <NormalPeoplePicker
      label={label}
      selectionAriaLabel={label}
      itemLimit={1}
      selectedItems={selected}
      disabled={disabled}
      resolveDelay={SEARCH_DELAY_MS}
      onResolveSuggestions={resolve}
      onChange={(items) => {
        const chosen = items?.[0];
        onChange(chosen ? { name: chosen.text ?? '', login: chosen.id ?? '' } : { name: '', login: '' });
      }}
      getTextFromItem={(p) => p.text ?? ''}
      // Fluent names the remove button by this label and the person it removes ("Remove Ann Example").
      removeButtonAriaLabel={strings.RemovePerson}
      pickerSuggestionsProps={{
        suggestionsHeaderText: strings.PeopleHeader,
        suggestionsContainerAriaLabel: strings.PeopleHeader,
        noResultsFoundText: strings.PeopleNone,
        loadingText: strings.PeopleSearching,
        suggestionsAvailableAlertText: strings.PeopleFound,
        resultsMaximumNumber: MAX_SUGGESTIONS
      }}
    />
  );
};
