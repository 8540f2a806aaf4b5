import {
  capabilityLinkHash,
  capabilityLinkParam,
  capabilityLinkUrl,
  type ILinkReader,
  parseCapabilityLink,
  withCapabilityLink
} from '../../src/components/modelGuide/capabilityLink';
import { groupNeededBy, type INeededBy } from '../../src/components/modelGuide/modelGuideLogic';

const FIRST = { isFirstGuide: true };
const NOT_FIRST = { isFirstGuide: false };

describe('capability links: reading an address', () => {
  it('reads the capability from a link that names no guide, for the first guide on the page only', () => {
    expect(parseCapabilityLink('#nimm-capability=change-management', FIRST)).toBe('change-management');
    expect(parseCapabilityLink('nimm-capability=change-management', FIRST)).toBe('change-management');
    expect(parseCapabilityLink('#nimm-capability=change-management', NOT_FIRST)).toBeUndefined();
  });

  it('a guide with an instance id reads its own entry first, and only its own', () => {
    const hash = '#nimm-capability-aaa=incident-management&nimm-capability-bbb=change-management';
    expect(parseCapabilityLink(hash, { instanceId: 'bbb', isFirstGuide: false })).toBe('change-management');
    expect(parseCapabilityLink(hash, { instanceId: 'aaa', isFirstGuide: true })).toBe('incident-management');
    expect(parseCapabilityLink(hash, { instanceId: 'ccc', isFirstGuide: false })).toBeUndefined();
    // The first guide still answers a link that names no guide when it has no entry of its own.
    expect(parseCapabilityLink('#nimm-capability=testing', { instanceId: 'aaa', isFirstGuide: true })).toBe('testing');
    expect(parseCapabilityLink('#nimm-capability=testing', { instanceId: 'bbb', isFirstGuide: false })).toBeUndefined();
  });

  it('ignores empty, absent, foreign and mangled parts rather than failing', () => {
    expect(parseCapabilityLink('', FIRST)).toBeUndefined();
    expect(parseCapabilityLink('#', FIRST)).toBeUndefined();
    expect(parseCapabilityLink('#heading-one', FIRST)).toBeUndefined();
    expect(parseCapabilityLink('#nimm-capability=', FIRST)).toBeUndefined();
    expect(parseCapabilityLink('#nimm-capability=%E0%A4%A', FIRST)).toBeUndefined();
    expect(parseCapabilityLink('#other=1&&nimm-capability=%20testing%20', FIRST)).toBe('testing');
  });
});

describe('capability links: writing an address', () => {
  it('names the guide in the parameter when it has an instance id', () => {
    expect(capabilityLinkParam()).toBe('nimm-capability');
    expect(capabilityLinkParam('  ')).toBe('nimm-capability');
    expect(capabilityLinkParam('3f2a')).toBe('nimm-capability-3f2a');
    expect(capabilityLinkHash('change-management')).toBe('#nimm-capability=change-management');
    expect(capabilityLinkHash('change-management', '3f2a')).toBe('#nimm-capability-3f2a=change-management');
  });

  it('an address to share keeps the page and its query and names only the capability', () => {
    const page = 'https://trust.sharepoint.com/sites/nimm/SitePages/Guide.aspx?web=1#nimm-capability=testing&other=1';
    expect(capabilityLinkUrl(page, 'change-management')).toBe(
      'https://trust.sharepoint.com/sites/nimm/SitePages/Guide.aspx?web=1#nimm-capability=change-management'
    );
    expect(capabilityLinkUrl('https://x.example/p.aspx', 'a.b', 'id-1')).toBe('https://x.example/p.aspx#nimm-capability-id-1=a.b');
  });

  it('sets, replaces and removes a guide\'s entry, keeping other guides\' entries', () => {
    expect(withCapabilityLink('', 'testing', FIRST)).toBe('#nimm-capability=testing');
    expect(withCapabilityLink('#nimm-capability=change', 'testing', FIRST)).toBe('#nimm-capability=testing');
    expect(withCapabilityLink('#nimm-capability=change', undefined, FIRST)).toBe('');
    expect(withCapabilityLink('#nimm-capability-aaa=x&keep=%20me', 'y', { instanceId: 'bbb', isFirstGuide: false })).toBe(
      '#nimm-capability-aaa=x&keep=%20me&nimm-capability-bbb=y'
    );
    // A heading anchor cannot share the fragment with a parameter.
    expect(withCapabilityLink('#heading-one', 'testing', FIRST)).toBe('#nimm-capability=testing');
  });

  it('only the first guide takes over a link that names no guide', () => {
    expect(withCapabilityLink('#nimm-capability=change', 'y', { instanceId: 'aaa', isFirstGuide: true })).toBe('#nimm-capability-aaa=y');
    expect(withCapabilityLink('#nimm-capability=change', 'y', { instanceId: 'bbb', isFirstGuide: false })).toBe(
      '#nimm-capability=change&nimm-capability-bbb=y'
    );
  });

  it('what is written reads back the same', () => {
    for (const key of ['change-management', 'a.b-c', '9x']) {
      const readers: ILinkReader[] = [FIRST, { instanceId: 'f00d-1', isFirstGuide: false }];
      for (const reader of readers) {
        expect(parseCapabilityLink(withCapabilityLink('#other=1', key, reader), reader)).toBe(key);
        expect(parseCapabilityLink(capabilityLinkUrl('https://x.example/p', key, reader.instanceId).split('#')[1], reader)).toBe(key);
      }
    }
  });
});

describe('"Needed by" grouping', () => {
  const entry = (capability: string, level: number, minLevel: number, why = ''): INeededBy => ({ capability, level, minLevel, why });

  it('lists a capability that needs this at several levels once, with its levels in order', () => {
    const groups = groupNeededBy([
      entry('hardware', 4, 3, 'Later.'),
      entry('change', 4, 3),
      entry('change', 3, 2, 'First.'),
      entry('hardware', 3, 2)
    ]);
    expect(groups.map((g) => g.capability)).toEqual(['hardware', 'change']);
    expect(groups[1].needs).toEqual([
      { level: 3, minLevel: 2, why: 'First.' },
      { level: 4, minLevel: 3, why: '' }
    ]);
  });

  it('orders capabilities by the lowest level that needs this, and drops exact repeats', () => {
    const groups = groupNeededBy([entry('late', 4, 2), entry('early', 2, 2), entry('early', 2, 2), entry('mid', 3, 2)]);
    expect(groups.map((g) => `${g.capability}:${g.needs.length}`)).toEqual(['early:1', 'mid:1', 'late:1']);
    expect(groupNeededBy([])).toEqual([]);
  });
});
