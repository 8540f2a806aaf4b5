/**
 * A web part's place in the page address: the assessment it shows and the view (tab) open, under
 * query parameter names of its own, so several web parts on one page keep theirs apart and a link
 * pasted into a Teams chat or a board paper opens the same place.
 */
export interface ViewPlace {
  assessmentId: number | null;
  view: string | null;
}

export interface ViewAddress {
  /** The place in an address; anything that cannot be an assessment id or a view name is ignored. */
  read(href: string): ViewPlace;
  /** The address with the place in it, everything else in it kept. */
  write(href: string, place: ViewPlace): string;
}

/** Reads and writes a place under the given query parameter names. */
export function viewAddress(names: { assessment: string; view: string }): ViewAddress {
  return {
    read(href: string): ViewPlace {
      const url = new URL(href);
      const id = Number(url.searchParams.get(names.assessment));
      const view = url.searchParams.get(names.view);
      return { assessmentId: Number.isInteger(id) && id > 0 ? id : null, view: view && /^[a-z-]{1,40}$/.test(view) ? view : null };
    },
    write(href: string, place: ViewPlace): string {
      const url = new URL(href);
      url.searchParams.delete(names.assessment);
      url.searchParams.delete(names.view);
      if (place.assessmentId !== null) url.searchParams.set(names.assessment, String(place.assessmentId));
      if (place.view) url.searchParams.set(names.view, place.view);
      return url.toString();
    }
  };
}
