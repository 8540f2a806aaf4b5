import { fieldXml } from '../../src/data/schema/fields';
import { NIMM_SCHEMA } from '../../src/data/schema/lists';
import { F, LISTS } from '../../src/data/schema/names';
import { rightsFrom } from '../../src/data/sp/rights';

describe('the list schema', () => {
  it('names every list "NIMM ..." and makes the evidence store a document library', () => {
    expect(NIMM_SCHEMA.lists.every((l) => l.title.startsWith('NIMM '))).toBe(true);
    expect(NIMM_SCHEMA.lists.find((l) => l.title === LISTS.evidence)?.template).toBe(101);
  });

  it('gives every column a unique ID and a unique internal name within its list', () => {
    const ids = NIMM_SCHEMA.lists.flatMap((l) => l.fields.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of NIMM_SCHEMA.lists) {
      const names = list.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('indexes every column the store filters on', () => {
    const indexed = (title: string, name: string) => NIMM_SCHEMA.lists.find((l) => l.title === title)?.fields.find((f) => f.name === name)?.indexed;
    expect(indexed(LISTS.responses, F.assessmentId)).toBe(true);
    expect(indexed(LISTS.capabilities, F.modelVersionId)).toBe(true);
    expect(indexed(LISTS.profiles, F.modelVersionId)).toBe(true);
    expect(indexed(LISTS.modelVersions, F.status)).toBe(true);
    expect(indexed(LISTS.evidence, F.assessmentId)).toBe(true);
    expect(indexed(LISTS.roadmapActions, F.assessmentId)).toBe(true);
  });

  it('keeps history of responses and evidence', () => {
    expect(NIMM_SCHEMA.lists.find((l) => l.title === LISTS.responses)?.versioning).toBe(true);
    expect(NIMM_SCHEMA.lists.find((l) => l.title === LISTS.evidence)?.versioning).toBe(true);
  });

  it('writes Field XML with a fixed ID, internal name, index and choices', () => {
    const xml = fieldXml({ name: 'NimmStatus', id: '5bb90b8b-10f8-4b86-b5f7-1dac7bf997ce', displayName: 'Status & state', type: 'Choice', indexed: true, choices: ['open', 'closed'], defaultValue: 'open' });
    expect(xml).toBe(
      '<Field Type="Choice" ID="{5bb90b8b-10f8-4b86-b5f7-1dac7bf997ce}" Name="NimmStatus" StaticName="NimmStatus" DisplayName="Status &amp; state" Required="FALSE" Indexed="TRUE" Format="Dropdown" FillInChoice="FALSE"><Default>open</Default><CHOICES><CHOICE>open</CHOICE><CHOICE>closed</CHOICE></CHOICES></Field>'
    );
  });
});

describe('roles from SharePoint permission masks', () => {
  // The masks of SharePoint's default permission levels.
  it('makes Full Control an owner who may set up and publish', () => {
    expect(rightsFrom({ High: '2147483647', Low: '4294967295' })).toEqual({ role: 'owner', can: { setUp: true, publish: true, edit: true, read: true } });
  });

  it('makes Edit (the default for Members, which includes Manage Lists) a member, not an owner', () => {
    expect(rightsFrom({ High: '432', Low: '1011030767' })).toEqual({ role: 'member', can: { setUp: false, publish: false, edit: true, read: true } });
  });

  it('makes Read a visitor', () => {
    expect(rightsFrom({ High: '176', Low: '138612833' })).toEqual({ role: 'visitor', can: { setUp: false, publish: false, edit: false, read: true } });
  });
});
