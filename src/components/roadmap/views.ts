/**
 * The roadmap's views, in the order of its tabs. Each is loaded with the roadmap's chunk. Add a
 * view here and in RoadmapStrings; nothing else changes.
 */
import type * as React from 'react';
import type { RoadmapAction } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { ActionsView } from './ActionsView';
import { BoardView } from './BoardView';
import { BudgetView } from './BudgetView';
import type { ComputedPlan, PlanBase } from './roadmapData';
import { ReadinessView } from './ReadinessView';
import { WhatIfView } from './WhatIfView';

/** The props every view of the roadmap takes. */
export interface IRoadmapViewProps {
  plan: ComputedPlan;
  /** The assessment as the engine reads it, with its model and score. */
  base: PlanBase;
  /** The actions on the site the plan continues (see existingActions). */
  existing: RoadmapAction[];
  assessmentTitle: string;
  /** Outline level of the view's own headings. */
  headingLevel: number;
  /** Nothing can be changed (a visitor, or a plan carried forward to a newer assessment). */
  readOnly: boolean;
  /** YYYY-MM-DD today, for what is overdue. */
  today: string;
  /** Opens a step's editor. */
  onEdit: (stepKey: string) => void;
  /** Holds a step back to a phase, or (null) lets it go as early as the plan allows. */
  onHold?: (stepKey: string, phase: number | null) => void;
  /** The step just held back or let go (its card takes the focus, once per move), or null. */
  moved?: { key: string } | null;
}

export interface RoadmapViewDef {
  /** Its name in the page address (?nimmRoadmapView=). */
  key: string;
  label: string;
  component: React.FC<IRoadmapViewProps>;
}

export const ROADMAP_VIEWS: RoadmapViewDef[] = [
  { key: 'board', label: strings.BoardTab, component: BoardView },
  { key: 'readiness', label: strings.ReadinessTab, component: ReadinessView },
  { key: 'actions', label: strings.ActionsTab, component: ActionsView },
  { key: 'budget', label: strings.BudgetTab, component: BudgetView },
  { key: 'whatif', label: strings.WhatIfTab, component: WhatIfView }
];
