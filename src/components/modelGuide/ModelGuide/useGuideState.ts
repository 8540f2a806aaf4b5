import * as React from 'react';
import type { Capability } from '../../../nimm/model/schema';
import { filterCapabilities, type IGuideData, type IGuideFilters, NO_FILTERS } from '../modelGuideLogic';

export interface IGuideState {
  filters: IGuideFilters;
  setFilters: (filters: IGuideFilters) => void;
  clearFilters: () => void;
  /** Capabilities passing the filters, in model order. */
  matches: Capability[];
  /** What is shown: the matches and any capability the reader followed a link to, in model order. */
  visible: Capability[];
  /** How many of `visible` are shown only because the reader followed a link to them. */
  linkedCount: number;
  expanded: ReadonlySet<string>;
  toggle: (key: string) => void;
  /**
   * Shows a capability (even if the filters hide it: they stay as the reader set them), opens it,
   * scrolls it into view and moves focus to it.
   */
  jumpTo: (key: string) => void;
  /** Ref callback each capability's disclosure button registers itself with, for jumpTo. */
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
}

const NONE: ReadonlySet<string> = new Set<string>();

/** State of the guide: filters, which capabilities are open, and focus after a jump. */
export function useGuideState(guide: IGuideData): IGuideState {
  const [filters, setFilterState] = React.useState<IGuideFilters>(NO_FILTERS);
  // Capabilities shown because the reader followed a link to them, whatever the filters say.
  // Jumping used to clear the filters, losing the reader's search; now the target joins the
  // results instead, until the reader changes the search or filters.
  const [linked, setLinked] = React.useState<ReadonlySet<string>>(NONE);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set<string>());
  const [focusRequest, setFocusRequest] = React.useState<{ key: string; seq: number } | undefined>(undefined);
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());

  const matches = React.useMemo(() => filterCapabilities(guide.model, filters), [guide, filters]);
  const visible = React.useMemo(() => {
    if (linked.size === 0) return matches;
    const matched = new Set(matches.map((c) => c.key));
    return guide.model.capabilities.filter((c) => matched.has(c.key) || linked.has(c.key));
  }, [guide, matches, linked]);
  // Read through a ref so jumpTo keeps one identity and memoised capability items do not re-render.
  const matchesRef = React.useRef(matches);
  matchesRef.current = matches;

  const setFilters = React.useCallback((next: IGuideFilters) => {
    setFilterState(next);
    setLinked(NONE);
  }, []);
  const clearFilters = React.useCallback(() => setFilters(NO_FILTERS), [setFilters]);

  const toggle = React.useCallback((key: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const jumpTo = React.useCallback(
    (key: string) => {
      if (!guide.capabilitiesByKey.has(key)) return;
      if (!matchesRef.current.some((c) => c.key === key)) {
        setLinked((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
      }
      setExpanded((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
      // A new object each time, so jumping twice to the same capability still moves focus.
      setFocusRequest((previous) => ({ key, seq: previous ? previous.seq + 1 : 1 }));
    },
    [guide]
  );

  // Focus after the render that shows and opens the target, when its button exists. Scrolling
  // first, to the top, shows the opened detail below the name; focus() alone would only bring
  // the button to the nearest edge. SharePoint scrolls a region of the page, not the window,
  // which scrollIntoView also handles.
  React.useEffect(() => {
    if (!focusRequest) return;
    const button = buttons.current.get(focusRequest.key);
    if (!button) return;
    if (typeof button.scrollIntoView === 'function') {
      button.scrollIntoView({ block: 'start' });
      button.focus({ preventScroll: true });
    } else {
      button.focus();
    }
  }, [focusRequest]);

  const registerButton = React.useCallback((key: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  }, []);

  return {
    filters,
    setFilters,
    clearFilters,
    matches,
    visible,
    linkedCount: visible.length - matches.length,
    expanded,
    toggle,
    jumpTo,
    registerButton
  };
}
