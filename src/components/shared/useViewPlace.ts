import * as React from 'react';
import type { ViewAddress, ViewPlace } from './viewAddress';

/**
 * A web part's place (assessment and view) kept in the page address: read at first render and
 * again when the browser goes Back or Forward; `go` moves to another place and adds a history entry.
 */
export function useViewPlace(address: ViewAddress): [ViewPlace, (next: ViewPlace) => void] {
  const [place, setPlace] = React.useState(() => address.read(window.location.href));
  React.useEffect(() => {
    const onPop = (): void => setPlace(address.read(window.location.href));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [address]);
  const go = React.useCallback(
    (next: ViewPlace) => {
      setPlace(next);
      const href = address.write(window.location.href, next);
      if (href !== window.location.href) window.history.pushState(null, '', href);
    },
    [address]
  );
  return [place, go];
}
