import { fillTemplate, formatString } from '../../src/loc/strings';
import {
  buildReverseDependencyIndex,
  categoriesForAspect,
  filterCapabilities,
  groupByCategory,
  groupCriteriaByPerspective,
  hasActiveFilters,
  type IGuideFilters,
  NO_FILTERS
} from '../../src/components/modelGuide/modelGuideLogic';
import { guideModel } from './fixtures/guideModel';

function keysMatching(filters: Partial<IGuideFilters>): string[] {
  const model = guideModel();
  return filterCapabilities(model, { ...NO_FILTERS, ...filters }).map((c) => c.key);
}

describe('guide search and filters', () => {
  it('finds what people type, acronyms included, with the same search as the assessment', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { getDefaultModel } = require('../../src/nimm/defaultModel') as typeof import('../../src/nimm/defaultModel');
    const model = getDefaultModel();
    const keys = (query: string): string[] => filterCapabilities(model, { ...NO_FILTERS, query }).map((c) => c.key);
    expect(keys('MFA')).toEqual(expect.arrayContaining(['identity-management', 'single-sign-on']));
    expect(keys('DR')).toContain('it-service-continuity');
    expect(keys('backup')).toContain('backup-recovery');
  });

  it('with no filters every capability shows, in model order', () => {
    expect(keysMatching({})).toEqual(['configuration', 'change', 'board']);
  });

  it('every word of a search must appear, in any field and any case', () => {
    expect(keysMatching({ query: 'Tested  ROLLBACK' })).toEqual(['change']);
    expect(keysMatching({ query: 'rollback spreadsheets' })).toEqual([]);
  });

  it('search covers names, summaries, descriptors and criteria, but not keys or why texts', () => {
    expect(keysMatching({ query: 'architecture' })).toEqual(['board']);
    expect(keysMatching({ query: 'connect' })).toEqual(['configuration']);
    expect(keysMatching({ query: 'one written process' })).toEqual(['change']);
    expect(keysMatching({ query: 'pre-approved' })).toEqual(['change']);
    expect(keysMatching({ query: 'configuration.2.1' })).toEqual([]);
    expect(keysMatching({ query: 'go live through' })).toEqual([]);
  });

  it('the words of a search may be found in different fields of one capability', () => {
    // "spreadsheets" is in the level 1 text, "register" in a level 2 criterion.
    expect(keysMatching({ query: 'spreadsheets register' })).toEqual(['configuration']);
  });

  it('filters combine: category, aspect and foundation', () => {
    expect(keysMatching({ category: 'practices' })).toEqual(['configuration', 'change']);
    expect(keysMatching({ aspect: 'business' })).toEqual(['board']);
    expect(keysMatching({ foundationOnly: true })).toEqual(['configuration']);
    expect(keysMatching({ foundationOnly: true, aspect: 'business' })).toEqual([]);
  });

  it('knows when any filter is active', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, foundationOnly: true })).toBe(true);
  });

  it('offers only the categories of the chosen aspect', () => {
    expect(categoriesForAspect(guideModel(), 'technical').map((c) => c.key)).toEqual(['practices']);
    expect(categoriesForAspect(guideModel(), '').map((c) => c.key)).toEqual(['practices', 'governance']);
  });
});

describe('guide grouping', () => {
  it('groups capabilities by category in model order and leaves out empty categories', () => {
    const model = guideModel();
    const groups = groupByCategory(model, model.capabilities.filter((c) => c.key !== 'board'));
    expect(groups.map((g) => [g.key, g.capabilities.map((c) => c.key)])).toEqual([['practices', ['configuration', 'change']]]);
  });

  it('keeps capabilities of an unknown category visible, after the known ones', () => {
    const model = guideModel();
    model.capabilities[0] = { ...model.capabilities[0], category: 'missing' };
    const groups = groupByCategory(model, model.capabilities);
    expect(groups.map((g) => g.key)).toEqual(['practices', 'governance', 'missing']);
    expect(groups[2].category).toBeUndefined();
  });

  it('groups criteria by perspective in the model perspective order', () => {
    const model = guideModel();
    const change = model.capabilities[1];
    const level2 = change.levels.filter((l) => l.level === 2)[0];
    const criteria = level2.criteria.slice().reverse().concat([{ key: 'change.2.9', perspective: 'odd', text: 'Odd.' }]);
    expect(groupCriteriaByPerspective(model, criteria).map((g) => [g.key, g.criteria.map((c) => c.key)])).toEqual([
      ['process', ['change.2.1']],
      ['technology', ['change.2.2']],
      ['people', ['change.2.3']],
      ['odd', ['change.2.9']]
    ]);
  });
});

describe('reverse dependencies', () => {
  it('lists, for each capability, the capabilities that need it and at which levels', () => {
    const index = buildReverseDependencyIndex(guideModel());
    expect(index.get('configuration')).toEqual([
      { capability: 'change', level: 3, minLevel: 2, why: 'Changes need an accurate record of what they affect.' }
    ]);
    expect(index.get('change')).toEqual([{ capability: 'board', level: 2, minLevel: 2, why: 'Designs go live through change.' }]);
    expect(index.get('board')).toBeUndefined();
  });
});

describe('templates', () => {
  it('fills numbered placeholders and keeps literal text', () => {
    expect(formatString('{0} capabilities match', 12)).toBe('12 capabilities match');
    expect(fillTemplate('At {0} needs {1}.', ['level 3', { link: true }])).toEqual(['At ', 'level 3', ' needs ', { link: true }, '.']);
  });

  it('leaves a placeholder with no value visible rather than dropping text', () => {
    expect(formatString('{0} and {1}', 'a')).toBe('a and {1}');
  });
});
