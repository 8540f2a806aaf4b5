/** Workshop mode: participants score each perspective on their own; the facilitator sees the spread. */
import fc from 'fast-check';
import { DISCUSSION_SPREAD, NimmError, ParticipantScores, perspectiveSpread } from '../../src/nimm';

const PERSPECTIVES = ['strategy', 'security', 'technology', 'process', 'people'];

describe('the spread of workshop scores', () => {
  const workshop: ParticipantScores[] = [
    { participant: 'Asha', scores: { process: 2, technology: 3, people: 2 } },
    { participant: 'Ben', scores: { process: 4, technology: 3, people: null } },
    { participant: 'Cara', scores: { process: 3, technology: 2, people: 3 } },
    { participant: 'Dev', scores: { process: 2, technology: 3 } }
  ];

  test('per perspective: the lowest, highest and median scores, and the spread', () => {
    const { perspectives } = perspectiveSpread(workshop);
    const process = perspectives.filter((p) => p.perspective === 'process')[0];
    expect(process).toMatchObject({ scored: 4, lowest: 2, highest: 4, median: 2.5, spread: 2 });
    const technology = perspectives.filter((p) => p.perspective === 'technology')[0];
    expect(technology).toMatchObject({ scored: 4, lowest: 2, highest: 3, median: 3, spread: 1 });
  });

  test('participants two levels or more apart flag the perspective for discussion; one level apart does not', () => {
    const spread = perspectiveSpread(workshop);
    expect(DISCUSSION_SPREAD).toBe(2);
    expect(spread.toDiscuss).toEqual(['process']);
    expect(spread.perspectives.map((p) => [p.perspective, p.discuss])).toEqual([
      ['process', true],
      ['technology', false],
      ['people', false]
    ]);
  });

  test('the facilitator sees who scored lowest and highest, to ask them first', () => {
    const process = perspectiveSpread(workshop).perspectives[0];
    expect(process.lowestBy).toEqual(['Asha', 'Dev']);
    expect(process.highestBy).toEqual(['Ben']);
  });

  test('the suggested consensus is the median rounded down: cautious, as a level must hold', () => {
    const [process, technology, people] = perspectiveSpread(workshop).perspectives;
    expect(process.suggestedConsensus).toBe(2); // median 2.5
    expect(technology.suggestedConsensus).toBe(3);
    expect(people.suggestedConsensus).toBe(2); // Asha 2, Cara 3: median 2.5
  });

  test('a participant who did not score a perspective is left out of it, not counted as level 1', () => {
    const people = perspectiveSpread(workshop).perspectives[2];
    expect(people).toMatchObject({ perspective: 'people', scored: 2, lowest: 2, highest: 3 });
  });

  test('asked for the model\'s perspectives, each is reported in that order, and one nobody scored has no figures', () => {
    const spread = perspectiveSpread(workshop, { perspectives: PERSPECTIVES });
    expect(spread.perspectives.map((p) => p.perspective)).toEqual(PERSPECTIVES);
    expect(spread.perspectives[0]).toEqual({
      perspective: 'strategy',
      scored: 0,
      lowest: null,
      highest: null,
      median: null,
      spread: null,
      lowestBy: [],
      highestBy: [],
      discuss: false,
      suggestedConsensus: null
    });
  });

  test('scores for a perspective not asked for are left out', () => {
    const spread = perspectiveSpread([{ participant: 'Asha', scores: { process: 2, finance: 4 } }], { perspectives: ['process'] });
    expect(spread.perspectives.map((p) => p.perspective)).toEqual(['process']);
  });

  test('no participants: nothing to report', () => {
    expect(perspectiveSpread([])).toEqual({ perspectives: [], toDiscuss: [] });
  });

  test('a score that is not a whole level from 1 to the top is an error naming who gave it', () => {
    expect(() => perspectiveSpread([{ participant: 'Ben', scores: { process: 6 } }])).toThrow(NimmError);
    expect(() => perspectiveSpread([{ participant: 'Ben', scores: { process: 2.5 } }])).toThrow("Ben's score for 'process' must be a whole number from 1 to 5, not 2.5.");
    expect(() => perspectiveSpread([{ participant: 'Ben', scores: { process: 0 } }])).toThrow(NimmError);
    expect(perspectiveSpread([{ participant: 'Ben', scores: { process: 6 } }], { topLevel: 6 }).perspectives[0].highest).toBe(6);
  });

  test('the input is not changed', () => {
    const copy = JSON.parse(JSON.stringify(workshop)) as ParticipantScores[];
    perspectiveSpread(workshop, { perspectives: PERSPECTIVES });
    expect(workshop).toEqual(copy);
  });
});

describe('properties of the spread', () => {
  const scoreArb = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
  const participantsArb = fc.array(
    fc.record({
      participant: fc.string({ minLength: 1, maxLength: 6 }),
      scores: fc.record({ strategy: scoreArb, security: scoreArb, technology: scoreArb, process: scoreArb, people: scoreArb }, { requiredKeys: [] })
    }),
    { maxLength: 8 }
  );

  test('lowest <= suggested consensus <= median <= highest; discussion flagged exactly at a spread of 2 or more', () => {
    fc.assert(
      fc.property(participantsArb, (participants) => {
        const spread = perspectiveSpread(participants, { perspectives: PERSPECTIVES });
        for (const p of spread.perspectives) {
          const given = participants.map((x) => x.scores[p.perspective as keyof typeof x.scores]).filter((s): s is number => typeof s === 'number');
          expect(p.scored).toBe(given.length);
          if (given.length === 0) {
            expect(p).toMatchObject({ lowest: null, highest: null, median: null, spread: null, discuss: false, suggestedConsensus: null });
            continue;
          }
          const lowest = p.lowest as number;
          const highest = p.highest as number;
          expect(lowest).toBe(Math.min(...given));
          expect(highest).toBe(Math.max(...given));
          expect(p.suggestedConsensus as number).toBeGreaterThanOrEqual(lowest);
          expect(p.suggestedConsensus as number).toBeLessThanOrEqual(p.median as number);
          expect(p.median as number).toBeLessThanOrEqual(highest);
          expect(Number.isInteger(p.suggestedConsensus)).toBe(true);
          expect(p.spread).toBe(highest - lowest);
          expect(p.discuss).toBe(highest - lowest >= 2);
          // As many scores at or below the median as at or above it: it is the middle.
          expect(given.filter((s) => s <= (p.median as number)).length * 2).toBeGreaterThanOrEqual(given.length);
          expect(given.filter((s) => s >= (p.median as number)).length * 2).toBeGreaterThanOrEqual(given.length);
        }
        expect(spread.toDiscuss).toEqual(spread.perspectives.filter((p) => p.discuss).map((p) => p.perspective));
      }),
      { numRuns: 300 }
    );
  });
});
