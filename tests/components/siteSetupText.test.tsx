import { capabilitiesText, isLinkableEmail, progressText, versionStatusText } from '../../src/components/siteSetup/siteSetupText';
import { errorText, issueText } from '../../src/components/shell';
import { formatString } from '../../src/loc/strings';
import { StoreError } from '../../src/data/errors';
import type { ModelVersionSummary } from '../../src/data/types';

function version(status: ModelVersionSummary['status'], id = 1): ModelVersionSummary {
  return { id, modelKey: 'nhs', version: '1.0', name: 'NHS model', status, capabilityCount: 3, profileCount: 0, publishedAt: '2025-03-04T10:00:00Z' };
}

describe('Site set-up wording', () => {
  it('fills a template without treating "$" in a value as special', () => {
    expect(formatString('{0} costs {1}', 'Cloud', '$& $1')).toBe('Cloud costs $& $1');
    expect(formatString('{0} and {2}', 'one')).toBe('one and {2}');
  });

  it('counts one capability in the singular', () => {
    expect(capabilitiesText(1)).toBe('1 capability');
    expect(capabilitiesText(0)).toBe('0 capabilities');
    expect(capabilitiesText(74)).toBe('74 capabilities');
  });

  it('names the list and item of a data problem, or only the list when no item is concerned', () => {
    expect(issueText({ list: 'NIMM Responses', itemId: 4, problem: 'answers are not valid JSON' })).toBe('NIMM Responses, item 4: answers are not valid JSON');
    expect(issueText({ list: 'NIMM Responses', itemId: null, problem: 'the list could not be read' })).toBe('NIMM Responses: the list could not be read');
  });

  it('numbers progress as "Step n of N"', () => {
    expect(progressText({ step: 2, total: 9, message: 'Creating "NIMM Capabilities"' })).toBe('Step 2 of 9: Creating "NIMM Capabilities"');
    expect(progressText(null)).toBe('Starting\u2026');
  });

  it('says in words which published version is in force and which are not in use', () => {
    expect(versionStatusText(version('published', 1), 1)).toBe('published and in force on 4 March 2025');
    expect(versionStatusText(version('retired', 1), 2)).toBe('retired on 4 March 2025');
    expect(versionStatusText({ ...version('draft'), publishedAt: null }, 2)).toBe('draft, not in use');
    expect(versionStatusText({ ...version('failed'), publishedAt: null }, 2)).toBe('publishing did not finish, not in use');
  });

  it('shows a StoreError\u2019s message and nothing of any other error', () => {
    expect(errorText(new StoreError('throttled', 'SharePoint is busy. Try again in a few minutes.'))).toBe('SharePoint is busy. Try again in a few minutes.');
    const bug = new Error('x is undefined');
    expect(errorText(bug)).not.toContain('x is undefined');
    expect(errorText('boom')).toMatch(/^Something unexpected went wrong/);
  });

  it('links only plain email addresses', () => {
    expect(isLinkableEmail('priya.shah@nhs.example')).toBe(true);
    expect(isLinkableEmail("o'neil+nimm@trust.nhs.uk")).toBe(true);
    for (const unsafe of ['', 'javascript:alert(1)', 'a@b', 'a b@nhs.uk', 'a@nhs.uk?subject=x', 'a@nhs.uk&cc=b@c.d', '"><img>@x.uk', 'a@nhs.uk/x']) {
      expect(isLinkableEmail(unsafe)).toBe(false);
    }
  });
});
