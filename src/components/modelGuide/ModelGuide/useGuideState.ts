import * as React from 'react';
import type { Capability } from '../../../nimm/model/schema';
import { filterCapabilities, type IGuideData, type IGuideFilters, NO_FILTERS } from '../modelGuideLogic';

export interface IGuideState {
  filters: IGuideFilters;
  setFilters: (filters: IGuideFilters) => void;
  clearFilters: () => void;
  /** Capabilities passing the filters, in model order. */
  visible: Capability[];
  expanded: ReadonlySet<string>;
  toggle: (key: string) => void;
  /** Shows a capability (clearing filters that hide it), opens it and moves focus to it. */
  jumpTo: (key: string) => void;
  /** Ref callback each capability's disclosure button registers itself with, for jumpTo. */
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
}

/** State of the guide: filters, which capabilities are open, and focus after a jump. */
export function useGuideState(guide: IGuideData): IGuideState {
  const [filters, setFilters] = React.useState<IGuideFilters>(NO_FILTERS);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set<string>());
  const [focusRequest, setFocusRequest] = React.useState<{ key: string; seq: number } | undefined>(undefined);
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());

  const visible = React.useMemo(() => filterCapabilities(guide.model, guide.searchIndex, filters), [guide, filters]);
  // Read through a ref so jumpTo keeps one identity and memoised capability items do not re-render.
  const visibleRef = React.useRef(visible);
  visibleRef.current = visible;

  const clearFilters = React.useCallback(() => setFilters(NO_FILTERS), []);

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
      if (!visibleRef.current.some((c) => c.key === key)) setFilters(NO_FILTERS);
      setExpanded((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
      // A new object each time, so jumping twice to the same capability still moves focus.
      setFocusRequest((previous) => ({ key, seq: previous ? previous.seq + 1 : 1 }));
    },
    [guide]
  );

  // Focus after the render that shows and opens the target, when its button exists.
  React.useEffect(() => {
    if (!focusRequest) return;
    const button = buttons.current.get(focusRequest.key);
    if (button) button.focus();
  }, [focusRequest]);

  const registerButton = React.useCallback((key: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  }, []);

  return { filters, setFilters, clearFilters, visible, expanded, toggle, jumpTo, registerButton };
}
