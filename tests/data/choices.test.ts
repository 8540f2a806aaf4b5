/**
 * Every Choice column takes its values from one zod enum (src/data/schema/choices.ts): the
 * column's choices in the schema, what its mapper reads, and the column's default all agree, and
 * no Choice column is left out.
 */
import { mapLocalProfile } from '../../src/data/mappers/localProfile';
import type { z } from 'zod';
import type { AssessmentStatus, EvidenceReviewStatus, ModelVersionStatus, ResponseStatus, RoadmapActionStatus } from '../../src/data';
import {
  assessmentStatusSchema,
  evidenceReviewStatusSchema,
  modelVersionStatusSchema,
  profileKindSchema,
  responseStatusSchema,
  roadmapActionStatusSchema
} from '../../src/data/schema/choices';
import { NIMM_SCHEMA } from '../../src/data/schema/lists';
import { F, LISTS } from '../../src/data/schema/names';
import { mapAssessment } from '../../src/data/mappers/assessment';
import { mapEvidence } from '../../src/data/mappers/evidence';
import { profileToItem } from '../../src/data/mappers/modelParts';
import { mapModelVersion } from '../../src/data/mappers/modelVersion';
import { mapResponse } from '../../src/data/mappers/response';
import { mapRoadmapAction } from '../../src/data/mappers/roadmapAction';
import type { MapResult } from '../../src/data/mappers/common';

const ETAG = { 'odata.etag': '"1"' };

/** The value a mapper made of the column, or undefined when it refused it (or kept it aside as damaged). */
function readBy<T>(map: (item: Record<string, unknown>) => MapResult<T>, item: Record<string, unknown>, pick: (value: T) => unknown): unknown {
  const result = map(item);
  if (!result.ok) return undefined;
  if ((result.value as { damaged?: unknown }).damaged !== undefined) return undefined;
  return pick(result.value);
}

interface ChoiceColumn {
  list: string;
  column: string;
  choice: z.ZodEnum<[string, ...string[]]>;
  /** The value the suite makes of the column as stored. */
  read: (stored: unknown) => unknown;
  /** What an empty column reads as: the column's default, or nothing (refused). */
  empty: 'default' | 'refused';
}

const COLUMNS: ChoiceColumn[] = [
  {
    list: LISTS.modelVersions,
    column: F.status,
    choice: modelVersionStatusSchema,
    read: (v) => readBy(mapModelVersion, { Id: 1, [F.modelKey]: 'nhs-nimm', [F.version]: '1.0.0', [F.status]: v }, (s) => s.status),
    empty: 'refused'
  },
  {
    list: LISTS.assessments,
    column: F.status,
    choice: assessmentStatusSchema,
    read: (v) =>
      readBy(mapAssessment, { Id: 1, ...ETAG, Title: 'A', [F.modelVersionId]: 1, [F.modelKey]: 'nhs-nimm', [F.modelVersion]: '1.0.0', [F.status]: v }, (a) => a.status),
    empty: 'default'
  },
  {
    list: LISTS.responses,
    column: F.status,
    choice: responseStatusSchema,
    read: (v) => readBy(mapResponse, { Id: 1, ...ETAG, [F.assessmentId]: 1, [F.capabilityKey]: 'change-management', [F.status]: v }, (r) => r.status),
    empty: 'default'
  },
  {
    list: LISTS.evidence,
    column: F.reviewStatus,
    choice: evidenceReviewStatusSchema,
    read: (v) =>
      readBy(
        mapEvidence,
        { Id: 1, ...ETAG, FileLeafRef: 'policy.pdf', FileRef: '/sites/nimm/NIMM Evidence/policy.pdf', [F.assessmentId]: 1, [F.capabilityKey]: 'change-management', [F.reviewStatus]: v },
        (e) => e.reviewStatus
      ),
    empty: 'default'
  },
  {
    list: LISTS.roadmapActions,
    column: F.status,
    choice: roadmapActionStatusSchema,
    read: (v) =>
      readBy(mapRoadmapAction, { Id: 1, ...ETAG, Title: 'Step', [F.assessmentId]: 1, [F.capabilityKey]: 'change-management', [F.fromLevel]: 1, [F.toLevel]: 2, [F.status]: v }, (a) => a.status),
    empty: 'default'
  },
  {
    // The suite never reads this column (a profile's kind comes from its JSON); it writes it, for
    // people filtering the list in SharePoint. "Read" here is what a profile of that kind writes.
    list: LISTS.profiles,
    column: F.profileKind,
    choice: profileKindSchema,
    read: (v) => {
      const kind = profileKindSchema.safeParse(v);
      return kind.success ? profileToItem(1, { key: 'baseline', name: 'Baseline', kind: kind.data, targets: {} }, 0)[F.profileKind] : undefined;
    },
    empty: 'refused'
  },
  {
    // A local profile's kind is read from its column (schema version 7).
    list: LISTS.localProfiles,
    column: F.profileKind,
    choice: profileKindSchema,
    read: (v) =>
      readBy(mapLocalProfile, { Id: 1, ...ETAG, Title: 'EPR', [F.profileKey]: 'local-epr', [F.profileKind]: v, [F.detail]: JSON.stringify({ targets: { 'change-management': 3 } }) }, (p) => p.kind),
    empty: 'refused'
  }
];

function fieldOf(list: string, column: string) {
  return NIMM_SCHEMA.lists.find((l) => l.title === list)?.fields.find((f) => f.name === column);
}

describe('choice columns', () => {
  it('has an enum for every Choice column in the schema, and no enum for a column that is not one', () => {
    const choiceColumns = NIMM_SCHEMA.lists.flatMap((l) => l.fields.filter((f) => f.type === 'Choice').map((f) => `${l.title} / ${f.name}`));
    expect(COLUMNS.map((c) => `${c.list} / ${c.column}`).sort()).toEqual(choiceColumns.sort());
  });

  describe.each(COLUMNS.map((c) => [`${c.list} / ${c.column}`, c] as const))('%s', (_name, c) => {
    const field = fieldOf(c.list, c.column);

    it("offers exactly the enum's values, in its order", () => {
      expect(field?.choices).toEqual(c.choice.options);
    });

    it('reads every value of the enum as itself, and refuses any other', () => {
      for (const option of c.choice.options) expect(c.read(option)).toBe(option);
      expect(c.read('not-a-choice')).toBeUndefined();
      expect(c.read(c.choice.options[0].toUpperCase())).toBeUndefined();
    });

    it('has a default the enum allows, which is also what an empty column reads as', () => {
      if (field?.defaultValue !== undefined) expect(c.choice.options).toContain(field.defaultValue);
      if (c.empty === 'default') {
        expect(field?.defaultValue).toBeDefined();
        expect(c.read(null)).toBe(field?.defaultValue);
        expect(c.read(undefined)).toBe(field?.defaultValue);
      } else {
        expect(c.read(null)).toBeUndefined();
      }
    });
  });

  it('keeps every stored value and public type exactly as before (sites in use hold them)', () => {
    // Checked by the type check of tests (npm test): each public type is exactly these values.
    type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
    const sameTypes: [
      Same<ModelVersionStatus, 'draft' | 'published' | 'retired' | 'failed'>,
      Same<AssessmentStatus, 'open' | 'closed'>,
      Same<ResponseStatus, 'not-started' | 'in-progress' | 'ready-for-review' | 'agreed' | 'not-applicable'>,
      Same<EvidenceReviewStatus, 'not-reviewed' | 'accepted' | 'rejected'>,
      Same<RoadmapActionStatus, 'planned' | 'in-progress' | 'done' | 'dropped' | 'obsolete'>
    ] = [true, true, true, true, true];
    expect(sameTypes.every(Boolean)).toBe(true);

    const values: [readonly ModelVersionStatus[], readonly AssessmentStatus[], readonly ResponseStatus[], readonly EvidenceReviewStatus[], readonly RoadmapActionStatus[]] = [
      ['draft', 'published', 'retired', 'failed'],
      ['open', 'closed'],
      ['not-started', 'in-progress', 'ready-for-review', 'agreed', 'not-applicable'],
      ['not-reviewed', 'accepted', 'rejected'],
      ['planned', 'in-progress', 'done', 'dropped', 'obsolete']
    ];
    expect([modelVersionStatusSchema, assessmentStatusSchema, responseStatusSchema, evidenceReviewStatusSchema, roadmapActionStatusSchema].map((e) => e.options)).toEqual(values);
    expect(profileKindSchema.options).toEqual(['target', 'service', 'entitlement']);
  });
});
