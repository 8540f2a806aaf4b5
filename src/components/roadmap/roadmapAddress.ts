/**
 * The roadmap's place in the page address (?nimmRoadmap=<assessment id>&nimmRoadmapView=<view>), so a
 * link pasted into a Teams chat or a board paper opens the same plan and view. Its own names, not
 * the dashboard's: both web parts can sit on one page.
 */
import { viewAddress, type ViewPlace } from '../shared/viewAddress';

export type RoadmapPlace = ViewPlace;

export const ROADMAP_ADDRESS = viewAddress({ assessment: 'nimmRoadmap', view: 'nimmRoadmapView' });

export const readRoadmapAddress = ROADMAP_ADDRESS.read;
export const roadmapAddress = ROADMAP_ADDRESS.write;
