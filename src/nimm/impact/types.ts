/** The impact report: the JSON shape `nimm impact --json` prints (a public contract). */

/** A capability whose effective level the change moves. */
export interface LevelChange {
  capability: string;
  /** Effective level before the change (null when not applicable). */
  before: number | null;
  /** Effective level after the change (null when not applicable). */
  after: number | null;
}

/** A profile's standing, before or after. */
export interface ProfileStanding {
  met: boolean;
  readiness: number;
}

/** A profile whose result the change moves. */
export interface ProfileChange {
  profile: string;
  before: ProfileStanding;
  after: ProfileStanding;
}

/** What else moves when one capability's assessed level changes (rule 9 of docs/scoring.md). */
export interface ImpactReport {
  capability: string;
  /** The capability's assessed level now; null when it is marked not applicable. */
  from: number | null;
  to: number;
  /** Capabilities with a direct dependency on the changed one whose effective level changes. */
  primary: LevelChange[];
  /** Every other capability whose effective level changes (the changed capability itself excluded). */
  secondary: LevelChange[];
  /** Every profile whose `met` or `readiness` changes. */
  profiles: ProfileChange[];
}
