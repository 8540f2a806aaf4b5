/** @jest-environment jsdom */
import { addressFor, readAddress } from '../../src/components/assessment/address';
import { forgetDraft, keepDraft, keptCapabilities, readDraft } from '../../src/components/assessment/draftStorage';
import { saveText } from '../../src/components/assessment/SaveStatus';
import { emptyDraft } from '../../src/data/merge/mergeResponse';

describe('the assessment web part\'s place in the page address', () => {
  it('reads an assessment and capability, and ignores anything it cannot trust', () => {
    expect(readAddress('https://t.example/sites/nimm/SitePages/A.aspx?nimmAssessment=12&nimmCapability=change-management')).toEqual({ assessmentId: 12, capability: 'change-management' });
    expect(readAddress('https://t.example/p.aspx?nimmAssessment=abc&nimmCapability=x')).toEqual({ assessmentId: null, capability: null });
    expect(readAddress('https://t.example/p.aspx?nimmAssessment=3&nimmCapability=<script>')).toEqual({ assessmentId: 3, capability: null });
    expect(readAddress('not a url')).toEqual({ assessmentId: null, capability: null });
  });

  it('writes the place and keeps the rest of the address', () => {
    const next = addressFor('https://t.example/p.aspx?env=WebView&nimmCapability=old', { assessmentId: 4, capability: 'backup-recovery' });
    expect(new URL(next).searchParams.get('env')).toBe('WebView');
    expect(readAddress(next)).toEqual({ assessmentId: 4, capability: 'backup-recovery' });
    expect(readAddress(addressFor(next, { assessmentId: null, capability: null }))).toEqual({ assessmentId: null, capability: null });
  });
});

describe('unsent edits kept in the browser', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps a draft per site, assessment and capability until it is saved', () => {
    const draft = { ...emptyDraft(), rationale: 'Typed offline.' };
    expect(keepDraft('https://t.example/sites/a', 1, 'x', { base: null, draft, keptAt: 5 })).toBe(true);
    expect(readDraft('https://t.example/sites/a', 1, 'x')?.draft.rationale).toBe('Typed offline.');
    expect(readDraft('https://t.example/sites/b', 1, 'x')).toBeNull();
    expect(keptCapabilities('https://t.example/sites/a', 1)).toEqual(['x']);
    forgetDraft('https://t.example/sites/a', 1, 'x');
    expect(readDraft('https://t.example/sites/a', 1, 'x')).toBeNull();
  });

  it('ignores a kept entry it cannot read', () => {
    window.localStorage.setItem('nimm:draft:https://t.example/sites/a|1|x', '{"draft": 5}');
    expect(readDraft('https://t.example/sites/a', 1, 'x')).toBeNull();
    window.localStorage.setItem('nimm:draft:https://t.example/sites/a|1|y', 'not json');
    expect(readDraft('https://t.example/sites/a', 1, 'y')).toBeNull();
  });
});

describe('the save state in words', () => {
  it('says what happened and what will happen next', () => {
    expect(saveText({ kind: 'saving' })).toBe('Saving\u2026');
    expect(saveText({ kind: 'saved', at: new Date(2026, 0, 1, 14, 5), merged: false })).toBe('Saved at 14:05');
    expect(saveText({ kind: 'saved', at: new Date(), merged: true })).toBe('Saved, together with changes someone else made meanwhile');
    expect(saveText({ kind: 'waiting', message: 'SharePoint is busy.', retryAt: 0 })).toBe('Not saved yet: SharePoint is busy. Your changes are kept in this browser and will be sent automatically.');
    expect(saveText({ kind: 'failed', message: 'You do not have permission.' })).toBe('Not saved: You do not have permission.');
  });
});
