/**
 * The roadmap's place in the page address (?nimmRoadmap=<assessment id>&nimmRoadmapView=<view>), so a
 * link pasted into a Teams chat or a board paper opens the same plan and view. Its own names, not
 * the dashboard's: both web parts can sit on one page.
 */
const ASSESSMENT = 'nimmRoadmap';
const VIEW = 'nimmRoadmapView';

export interface RoadmapPlace {
  assessmentId: number | null;
  view: string | null;
}

export function readRoadmapAddress(href: string): RoadmapPlace {
  const url = new URL(href);
  const id = Number(url.searchParams.get(ASSESSMENT));
  const view = url.searchParams.get(VIEW);
  return { assessmentId: Number.isInteger(id) && id > 0 ? id : null, view: view && /^[a-z-]{1,40}$/.test(view) ? view : null };
}

export function roadmapAddress(href: string, place: RoadmapPlace): string {
  const url = new URL(href);
  url.searchParams.delete(ASSESSMENT);
  url.searchParams.delete(VIEW);
  if (place.assessmentId !== null) url.searchParams.set(ASSESSMENT, String(place.assessmentId));
  if (place.view) url.searchParams.set(VIEW, place.view);
  return url.toString();
}
