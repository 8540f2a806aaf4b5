/** Capability search on the assessment screens: finding what people type, in the words they use. */
import fc from 'fast-check';
import { CapabilitySearchResult, Model, SEARCH_SYNONYMS, searchCapabilities } from '../../src/nimm';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import { modelArb } from './arbitraries';
import { buildModel, clone } from './fixtures';

const nhs = getDefaultModel();

function keys(results: CapabilitySearchResult[]): string[] {
  return results.map((r) => r.capability);
}

function find(model: Model, query: string): string[] {
  return keys(searchCapabilities(model, query));
}

/** A small model whose wording each test sets, so the tests show exactly what is searched. */
function wordedModel(): Model {
  const model = buildModel({ 'remote-access': {}, 'desktop-support': { category: 'business-one' }, 'data-security': {} });
  const [remote, desktop, data] = model.capabilities;
  remote.name = 'Remote access';
  remote.summary = 'Staff reach trust systems from home.';
  remote.levels[0].criteria[0].text = 'Remote staff sign in with SSO and a second factor.';
  desktop.name = 'Desktop support';
  desktop.summary = 'Fixing PCs at the Café on the ground floor and on wards.';
  desktop.levels[1].descriptor = 'Desk staff rebuild broken PCs from a standard back-up image.';
  data.name = 'Data security';
  data.summary = 'Keeps patient data safe; the Data Security and Protection Toolkit is submitted each year.';
  data.levels[2].criteria[1].text = 'Single sign-on sessions lock after a set idle time.';
  return model;
}

describe('search finds what people type', () => {
  test('a capability is found by its name, its key, its summary, its category name and its criteria', () => {
    const model = wordedModel();
    expect(find(model, 'remote access')).toEqual(['remote-access']);
    expect(find(model, 'desktop-support')).toEqual(['desktop-support']);
    expect(find(model, 'ground floor')).toEqual(['desktop-support']);
    expect(find(model, 'business one')).toEqual(['desktop-support']);
    expect(find(model, 'idle time')).toEqual(['data-security']);
  });

  test('case and accents do not matter: "CAFE" finds "Café", and "rôle" would find "role"', () => {
    const model = wordedModel();
    expect(find(model, 'CAFE')).toEqual(['desktop-support']);
    expect(find(model, 'café')).toEqual(['desktop-support']);
    expect(find(model, 'RÉMOTE ÀCCESS')).toEqual(['remote-access']);
  });

  test('every word must be found, each anywhere in the capability', () => {
    const model = wordedModel();
    // "home" is in the summary and "factor" in a criterion of the same capability.
    expect(find(model, 'home factor')).toEqual(['remote-access']);
    // "staff" is in two capabilities, "wards" in one: only that one has both.
    expect(find(model, 'staff')).toEqual(['remote-access', 'desktop-support']);
    expect(find(model, 'staff wards')).toEqual(['desktop-support']);
    expect(find(model, 'staff zebra')).toEqual([]);
  });

  test('a word still being typed matches the start of longer words', () => {
    expect(find(wordedModel(), 'secur')).toEqual(['data-security']);
  });

  test('acronyms expand to what they stand for, and back again', () => {
    const model = wordedModel();
    // SSO is written as an acronym in remote access and in full in data security: each finds both.
    expect(find(model, 'SSO').sort()).toEqual(['data-security', 'remote-access']);
    expect(find(model, 'single sign-on').sort()).toEqual(['data-security', 'remote-access']);
    expect(find(model, 'DSPT')).toEqual(['data-security']);
    expect(find(model, 'MFA')).toEqual(['remote-access']);
    expect(find(model, 'two-factor')).toEqual(['remote-access']);
  });

  test('"backup", "back-up" and "back up" find each other', () => {
    const model = wordedModel();
    for (const query of ['backup', 'back-up', 'back up', 'BACKUPS']) {
      expect(find(model, query)).toEqual(['desktop-support']);
    }
  });

  test('an acronym matches whole words only, so "AV" does not find "available" nor "DR" find "drive"', () => {
    const model = wordedModel();
    model.capabilities[0].summary = 'Available from any drive or device.';
    expect(find(model, 'AV')).toEqual([]);
    expect(find(model, 'DR')).toEqual([]);
    expect(find(model, 'avail')).toEqual(['remote-access']);
  });

  test('a phrase matches words side by side: "wi fi" does not find "with finance"', () => {
    const model = wordedModel();
    model.capabilities[1].summary = 'Agreed with finance.';
    expect(find(model, 'wi fi')).toEqual([]);
    expect(find(model, 'wi-fi')).toEqual([]);
  });

  test('results say where the words were found, and through which synonym', () => {
    const [remote] = searchCapabilities(wordedModel(), 'sso');
    expect(remote).toMatchObject({
      capability: 'remote-access',
      matchedIn: 'criteria',
      fields: ['criteria'],
      criteria: ['remote-access.2.1'],
      terms: [{ term: 'sso', field: 'criteria', foundAs: 'sso', synonym: false }]
    });
    const [typedWithComma] = searchCapabilities(wordedModel(), '"SSO",');
    expect(typedWithComma.terms[0].term).toBe('sso');
    const [data] = searchCapabilities(wordedModel(), 'DSPT');
    expect(data.terms).toEqual([{ term: 'dspt', field: 'summary', foundAs: 'Data Security and Protection Toolkit', synonym: true }]);
  });

  test('the place a screen names is where the least obvious word was found', () => {
    // "remote" is in the name but "factor" only in a criterion: the screen says "matched in criteria".
    const [result] = searchCapabilities(wordedModel(), 'remote factor');
    expect(result.matchedIn).toBe('criteria');
    expect(result.fields).toEqual(['name', 'key', 'descriptor', 'criteria']);
  });

  test('name and key hits rank before summary hits, and summary hits before criteria hits', () => {
    const model = wordedModel();
    model.capabilities[0].levels[1].criteria[0].text = 'Security of home links is reviewed.';
    // "security": data security by name, remote access by a criterion.
    expect(find(model, 'security')).toEqual(['data-security', 'remote-access']);
    // "staff": remote access by summary, desktop support by a descriptor.
    expect(find(model, 'staff')).toEqual(['remote-access', 'desktop-support']);
  });

  test('at equal places, a word found as typed ranks before one found through a synonym', () => {
    const model = wordedModel();
    model.capabilities[0].name = 'Wireless access';
    model.capabilities[1].name = 'Wi-Fi support';
    expect(find(model, 'wi-fi')).toEqual(['desktop-support', 'remote-access']);
    expect(find(model, 'wireless')).toEqual(['remote-access', 'desktop-support']);
  });

  test('the synonym table can be replaced, for a trust with words of its own', () => {
    const model = wordedModel();
    expect(find(model, 'PAS')).toEqual([]);
    expect(searchCapabilities(model, 'PAS', [['PAS', 'patient data']]).map((r) => r.capability)).toEqual(['data-security']);
  });

  test('an empty query, or one of punctuation only, finds every capability in model order', () => {
    const model = wordedModel();
    for (const query of ['', '   ', '-- / ,']) {
      const results = searchCapabilities(model, query);
      expect(keys(results)).toEqual(['remote-access', 'desktop-support', 'data-security']);
      expect(results.every((r) => r.matchedIn === null && r.terms.length === 0)).toBe(true);
    }
  });

  test('the synonym table is well formed: no empty group or entry, and no entry twice in a group', () => {
    for (const group of SEARCH_SYNONYMS) {
      expect(group.length).toBeGreaterThan(1);
      for (const entry of group) {
        expect(entry.trim()).not.toBe('');
      }
      expect(new Set(group.map((e) => e.toLowerCase())).size).toBe(group.length);
    }
  });
});

describe('search in the default NHS model finds the capabilities a person would expect', () => {
  test('"EPR" finds the capabilities that protect or reach the patient record', () => {
    const found = find(nhs, 'EPR');
    expect(found).toEqual(expect.arrayContaining(['single-sign-on', 'identity-management', 'backup-recovery', 'data-security', 'data-storage-management']));
    expect(find(nhs, 'electronic patient record')).toEqual(expect.arrayContaining(['single-sign-on', 'identity-management', 'backup-recovery']));
    const sso = searchCapabilities(nhs, 'EPR').filter((r) => r.capability === 'single-sign-on')[0];
    expect(sso.criteria).toContain('single-sign-on.2.1'); // "works for the main electronic patient record"
  });

  test('"SSO" finds single sign-on first, matched in its name', () => {
    const [first] = searchCapabilities(nhs, 'SSO');
    expect(first).toMatchObject({ capability: 'single-sign-on', matchedIn: 'name' });
    expect(first.terms[0]).toMatchObject({ foundAs: 'single sign-on', synonym: true });
    expect(find(nhs, 'single sign on')[0]).toBe('single-sign-on');
  });

  test('"MFA", "2FA", "two-factor" and "multi-factor authentication" all find the strong sign-in criteria', () => {
    const expected = ['identity-management', 'single-sign-on', 'wan-remote-access-security', 'os-virtualisation'];
    for (const query of ['MFA', '2FA', 'two-factor', 'multi-factor authentication']) {
      expect(find(nhs, query)).toEqual(expect.arrayContaining(expected));
    }
  });

  test('"DR" finds IT service continuity and backup and recovery first, and nothing for "drive" or "drift"', () => {
    const found = find(nhs, 'DR');
    expect(found.slice(0, 2).sort()).toEqual(['backup-recovery', 'it-service-continuity']);
    expect(find(nhs, 'disaster recovery').slice(0, 2).sort()).toEqual(['backup-recovery', 'it-service-continuity']);
    // wan-remote-access-security.4.3: "drift is reported"; DR must not match it.
    expect(found).not.toContain('wan-remote-access-security');
  });

  test('"backup" finds backup and recovery first, then the capabilities whose criteria need backups', () => {
    const found = find(nhs, 'backup');
    expect(found[0]).toBe('backup-recovery');
    expect(found).toEqual(expect.arrayContaining(['it-service-continuity', 'file-print', 'server-provisioning', 'directory-services']));
    expect(find(nhs, 'back-up')).toEqual(found);
    // Typed with a space, "back up" reaches "backup" only through the table: the same capabilities,
    // but equal places are no longer split by "found as typed", so the order within them differs.
    expect(find(nhs, 'back up')[0]).toBe('backup-recovery');
    expect(find(nhs, 'back up').sort()).toEqual(found.slice().sort());
  });

  test('more of the table against the default model: CMDB, ITSM, LAN, Wi-Fi, AV, IAM, VDI, MDM, BCP', () => {
    expect(find(nhs, 'CMDB')).toEqual(expect.arrayContaining(['configuration-management', 'hardware-configuration-management']));
    expect(find(nhs, 'ITSM')[0]).toBe('service-desk');
    expect(find(nhs, 'LAN').slice(0, 4).sort()).toEqual(['fixed-lan', 'lan-configuration-management', 'lan-security-policies', 'wireless-lan-pan']);
    expect(find(nhs, 'Wi-Fi')[0]).toBe('wireless-lan-pan');
    expect(find(nhs, 'wifi')[0]).toBe('wireless-lan-pan');
    expect(find(nhs, 'AV')[0]).toBe('antivirus-malware-protection');
    expect(find(nhs, 'AV')).not.toContain('availability-management');
    expect(find(nhs, 'IAM')).toEqual(['identity-management']);
    expect(find(nhs, 'VDI')).toEqual(['os-virtualisation']);
    expect(find(nhs, 'MDM')[0]).toBe('mobile-device-management');
    expect(find(nhs, 'BCP')).toEqual(['it-service-continuity']);
    expect(find(nhs, 'patching')[0]).toBe('patch-management');
  });

  test('every capability is found by its own name, matched in the name, and by its key', () => {
    for (const capability of nhs.capabilities) {
      const byName = searchCapabilities(nhs, capability.name).filter((r) => r.capability === capability.key)[0];
      expect(byName).toBeDefined();
      expect(byName.matchedIn).toBe('name');
      expect(find(nhs, capability.key)).toContain(capability.key);
    }
  });
});

describe('properties of search', () => {
  const queryArb = fc.oneof(
    fc.string(),
    fc.fullUnicodeString(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom('sso', 'SSO', 'single', 'sign-on', 'back', '-', 'up', ' ', 'wi', 'fi', '\u2011', 'é', 'ﬁ', "'s", 'and', 'DR', 'x'), { maxLength: 8 }).map((parts) => parts.join(''))
  );

  test('search never throws, whatever is typed, and returns each capability at most once', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const results = searchCapabilities(nhs, query);
        expect(new Set(keys(results)).size).toBe(results.length);
      }),
      { numRuns: 500 }
    );
  });

  test('results come best first, and every word of the query is accounted for in each result', () => {
    fc.assert(
      fc.property(modelArb, queryArb, (model, query) => {
        const results = searchCapabilities(model, query);
        for (let i = 1; i < results.length; i += 1) {
          expect(results[i].score).toBeLessThanOrEqual(results[i - 1].score);
        }
        const termCounts = new Set(results.map((r) => r.terms.length));
        expect(termCounts.size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 }
    );
  });

  test('searching a capability name of a generated model always finds that capability in its name', () => {
    fc.assert(
      fc.property(modelArb, fc.nat(), (model, pick) => {
        const capability = model.capabilities[pick % model.capabilities.length];
        const found = searchCapabilities(model, capability.name).filter((r) => r.capability === capability.key);
        expect(found).toHaveLength(1);
        expect(found[0].matchedIn).toBe('name');
      }),
      { numRuns: 100 }
    );
  });

  test('the model is not changed by searching it', () => {
    const model = wordedModel();
    const before = clone(model);
    searchCapabilities(model, 'sso backup');
    expect(model).toEqual(before);
  });
});
