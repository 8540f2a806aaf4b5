/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { EvidencePanel } from '../../src/components/assessment/evidence';
import { isExpired, progressText, safeHref } from '../../src/components/assessment/evidence/evidenceText';
import { NimmAppShell } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import type { DataIssue, EvidenceItem, EvidenceLink, EvidenceUpload, ExistingDocumentLink, LibraryDocument, Listed } from '../../src/data/types';
import type { Capability } from '../../src/nimm/model/schema';
import { guideModel } from './fixtures/guideModel';
import { FakeStore, gate, type Gate } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const SITE = 'https://trust.example/sites/nimm';
const capability: Capability = guideModel().capabilities.find((c) => c.key === 'change')!;

function evidence(partial: Partial<EvidenceItem> & { itemId: number; name: string }): EvidenceItem {
  return {
    etag: '"1"',
    assessmentId: 4,
    capability: 'change',
    criterion: null,
    kind: 'file',
    url: `/sites/nimm/NIMM Evidence/${partial.name}`,
    description: '',
    expires: null,
    reviewStatus: 'not-reviewed',
    modified: '2026-02-01T10:00:00Z',
    ...partial
  };
}

/**
 * The fake site with the evidence methods the panel uses (the shared fake store rejects them):
 * evidence in memory, refusals and held-back uploads set by each test, every call recorded.
 */
class EvidenceStore extends FakeStore {
  public items: EvidenceItem[] = [];
  public evidenceIssues: DataIssue[] = [];
  public documents: LibraryDocument[] = [];
  public refuse: unknown = null;
  /** Progress reports an upload makes (bytes sent) before the gate, if any, lets it finish. */
  public progressSteps: number[] = [];
  public uploadGate: Gate | null = null;
  public readonly uploads: EvidenceUpload[] = [];
  public readonly links: EvidenceLink[] = [];
  public readonly existing: ExistingDocumentLink[] = [];
  public readonly searches: string[] = [];

  // Parameters are optional only because the shared fake declares these methods without any.
  public listEvidence(assessmentId?: number, capabilityKey?: string): Promise<Listed<EvidenceItem>> {
    return Promise.resolve({ items: this.items.filter((i) => i.assessmentId === assessmentId && i.capability === capabilityKey), issues: this.evidenceIssues });
  }

  public async uploadEvidence(given?: EvidenceUpload): Promise<EvidenceItem> {
    const upload = given!;
    this.uploads.push(upload);
    await Promise.resolve();
    const total = (upload.content as Blob).size;
    for (const sent of this.progressSteps) upload.onProgress?.({ sentBytes: sent, totalBytes: total });
    if (this.uploadGate) await this.uploadGate.promise;
    return this.added(upload, { name: upload.fileName, kind: 'file' });
  }

  public async linkEvidence(given?: EvidenceLink): Promise<EvidenceItem> {
    const link = given!;
    this.links.push(link);
    await Promise.resolve();
    return this.added(link, { name: `${link.title || new URL(link.url).hostname}.url`, kind: 'link', url: link.url });
  }

  public async linkExistingDocument(given?: ExistingDocumentLink): Promise<EvidenceItem> {
    const link = given!;
    this.existing.push(link);
    await Promise.resolve();
    const name = link.serverRelativeUrl.split('/').pop()!;
    return this.added(link, { name: `${name}.url`, kind: 'link', url: `https://trust.example${link.serverRelativeUrl}` });
  }

  public listLibraryDocuments(given?: string): Promise<Listed<LibraryDocument>> {
    const query = given ?? '';
    this.searches.push(query);
    return Promise.resolve({ items: this.documents.filter((d) => d.name.toLowerCase().indexOf(query.toLowerCase()) >= 0), issues: [] });
  }

  private added(target: EvidenceUpload | EvidenceLink | ExistingDocumentLink, what: Partial<EvidenceItem> & { name: string }): EvidenceItem {
    if (this.refuse) throw this.refuse;
    const item = evidence({
      itemId: this.items.length + 100,
      assessmentId: target.assessmentId,
      capability: target.capability,
      criterion: target.criterion ?? null,
      description: target.description ?? '',
      expires: target.expires ?? null,
      ...what
    });
    this.items.push(item);
    return item;
  }
}

function renderPanel(store: EvidenceStore, readOnly = false): void {
  render(
    <NimmAppShell store={store} defaultTitle="NIMM assessment" siteUrl={SITE}>
      <EvidencePanel assessmentId={4} capability={capability} readOnly={readOnly} canFix={false} headingLevel={4} />
    </NimmAppShell>
  );
}

function chooseFile(file: File): void {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

const MB = 1024 * 1024;

describe('the evidence list', () => {
  it('flags expired evidence in words, and says above the list how many have expired', async () => {
    const store = new EvidenceStore();
    store.items = [
      evidence({ itemId: 1, name: 'Change policy.pdf', expires: '2026-03-03', criterion: 'change.2.1', description: 'The policy the board approved.' }),
      evidence({ itemId: 2, name: 'Rollback test.xlsx', expires: '2099-01-31' })
    ];
    renderPanel(store);
    expect(await screen.findByText('Expired on 3 March 2026: refresh it')).toBeInTheDocument();
    // A message bar puts its text in a moment later, so screen readers hear it.
    expect(await screen.findByText('1 piece of evidence has expired. Refresh it or add newer evidence.')).toBeInTheDocument();
    expect(screen.getByText('Expires on 31 January 2099')).toBeInTheDocument();
    // What it backs is the criterion's own text, not its key.
    expect(screen.getByText('For: Level 2: Every change is logged before work starts.')).toBeInTheDocument();
    expect(screen.getByText('For: The whole capability')).toBeInTheDocument();
    expect(screen.getByText('Description: The policy the board approved.')).toBeInTheDocument();
    // The store keeps no author for evidence, so only the date is said.
    expect(screen.getAllByText('Last changed on 1 February 2026')).toHaveLength(2);
  });

  it('says nothing about expiry when nothing has expired', async () => {
    const store = new EvidenceStore();
    store.items = [evidence({ itemId: 1, name: 'Log.csv', expires: '2099-01-01' })];
    renderPanel(store);
    await screen.findByText('Expires on 1 January 2099');
    expect(screen.queryByText(/has expired|have expired/)).not.toBeInTheDocument();
  });

  it('opens files and web links in a new tab, and shows any other address as text only', async () => {
    const store = new EvidenceStore();
    store.items = [
      evidence({ itemId: 1, name: 'Report #3.pdf' }),
      evidence({ itemId: 2, name: 'Intranet policy.url', kind: 'link', url: 'https://intranet.example.nhs.uk/policy' }),
      evidence({ itemId: 3, name: 'Sneaky.url', kind: 'link', url: 'javascript:alert(1)' }),
      evidence({ itemId: 4, name: 'Elsewhere.url', kind: 'link', url: '//evil.example/x' }),
      evidence({ itemId: 5, name: 'Backslash.url', kind: 'link', url: '/\\evil.example/x' })
    ];
    renderPanel(store);
    const file = await screen.findByRole('link', { name: /^Report #3\.pdf/ });
    // A "#" in a file name is part of the name, not the start of a fragment.
    expect(file).toHaveAttribute('href', '/sites/nimm/NIMM%20Evidence/Report%20%233.pdf');
    expect(file).toHaveAttribute('target', '_blank');
    expect(file).toHaveAttribute('rel', 'noopener noreferrer');
    expect(file).toHaveAccessibleName('Report #3.pdf (opens in a new tab)');
    const link = screen.getByRole('link', { name: /^Intranet policy/ });
    expect(link).toHaveAttribute('href', 'https://intranet.example.nhs.uk/policy');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    for (const name of ['Sneaky', 'Elsewhere', 'Backslash']) {
      expect(screen.queryByRole('link', { name: new RegExp(name) })).not.toBeInTheDocument();
      expect(screen.getByText(name)).toBeInTheDocument();
    }
    expect(screen.getByText(/neither a web address nor an address on this site: javascript:alert\(1\)/)).toBeInTheDocument();
    expect(document.querySelectorAll('a[href^="javascript"], a[href^="//"]')).toHaveLength(0);
  });

  it('shows items it could not read through the shell\'s notice', async () => {
    const store = new EvidenceStore();
    store.evidenceIssues = [{ list: 'NIMM Evidence', itemId: 9, problem: 'column "Link address" holds an address that does not start with http:// or https://' }];
    renderPanel(store);
    expect(await screen.findByText(/One item on this site could not be read/)).toBeInTheDocument();
    expect(screen.getByText('No evidence has been added for this capability yet.')).toBeInTheDocument();
  });

  it('shows a visitor the evidence without any way to add to it', async () => {
    const store = new EvidenceStore();
    store.items = [evidence({ itemId: 1, name: 'Change policy.pdf' })];
    renderPanel(store, true);
    await screen.findByRole('link', { name: /^Change policy\.pdf/ });
    expect(screen.getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add evidence' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });
});

describe('adding evidence', () => {
  it('keeps the description, expiry and file when the store refuses an upload, and shows its message', async () => {
    const store = new EvidenceStore();
    store.refuse = new StoreError('conflict', 'A file named "Policy.pdf" is already in the evidence library. Rename your copy and upload it again.', { reason: 'already-exists' });
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.change(screen.getByRole('textbox', { name: /^Description/ }), { target: { value: 'Signed by the board in March.' } });
    fireEvent.change(screen.getByLabelText(/^Expiry date/), { target: { value: '2027-03-31' } });
    chooseFile(new File(['%PDF-1.7'], 'Policy.pdf', { type: 'application/pdf' }));
    fireEvent.click(screen.getByRole('button', { name: 'Upload the file' }));
    expect(await screen.findByText(/is already in the evidence library/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Signed by the board in March.');
    expect(screen.getByLabelText(/^Expiry date/)).toHaveValue('2027-03-31');
    expect(screen.getByText(/^Chosen: Policy\.pdf/)).toBeInTheDocument();
    expect(store.uploads[0]).toMatchObject({ assessmentId: 4, capability: 'change', criterion: null, fileName: 'Policy.pdf', description: 'Signed by the board in March.', expires: '2027-03-31' });
    // Nothing is announced as added.
    expect(screen.queryByText(/was added as evidence/)).not.toBeInTheDocument();
  });

  it('asks for a file before uploading nothing', async () => {
    const store = new EvidenceStore();
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Upload the file' }));
    expect(screen.getByText('Choose a file to upload first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose a file' })).toHaveAccessibleDescription(/Choose a file to upload first/);
    expect(store.uploads).toHaveLength(0);
  });

  it('shows a large upload\'s progress in megabytes, politely, then the file in the list', async () => {
    const store = new EvidenceStore();
    store.progressSteps = [10 * MB, 20 * MB];
    store.uploadGate = gate();
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    chooseFile(new File([new Uint8Array(25 * MB)], 'Network diagram.vsdx'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload the file' }));
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(screen.getByText('20 MB of 25 MB')).toBeInTheDocument());
    expect(bar.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Upload the file' })).toBeDisabled();
    await act(async () => store.uploadGate!.open());
    expect(await screen.findByText('25 MB of 25 MB')).toBeInTheDocument();
    expect(await screen.findByText('\u201cNetwork diagram.vsdx\u201d was added as evidence.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Network diagram\.vsdx/ })).toBeInTheDocument();
    // The form is ready for the next piece.
    expect(screen.getByText('No file chosen')).toBeInTheDocument();
  });

  it('uploads evidence for one criterion when one is chosen', async () => {
    const store = new EvidenceStore();
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.click(screen.getByRole('combobox', { name: /^Evidence for/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Level 2: Each change has a tested rollback plan.' }));
    chooseFile(new File(['a,b'], 'Rollback tests.csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload the file' }));
    await screen.findByText('\u201cRollback tests.csv\u201d was added as evidence.');
    expect(store.uploads[0].criterion).toBe('change.2.2');
    expect(await screen.findByText('For: Level 2: Each change has a tested rollback plan.')).toBeInTheDocument();
  });

  it('shows the store\'s refusal of an address under the address field, keeping what was typed', async () => {
    const store = new EvidenceStore();
    store.refuse = new StoreError('invalid-data', '"ftp://files.example/x" is not a web address the suite can link to. Evidence links must start with http:// or https://.');
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.click(screen.getByRole('radio', { name: 'Link a web address' }));
    const address = screen.getByRole('textbox', { name: /^Web address/ });
    fireEvent.change(address, { target: { value: 'ftp://files.example/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the link' }));
    await waitFor(() => expect(address).toHaveAccessibleDescription(/Evidence links must start with http:\/\/ or https:\/\//));
    expect(address).toHaveValue('ftp://files.example/x');
    expect(address).toHaveAttribute('aria-invalid', 'true');
  });

  it('links a web address', async () => {
    const store = new EvidenceStore();
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.click(screen.getByRole('radio', { name: 'Link a web address' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Name of the link/ }), { target: { value: 'CAB minutes' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Web address/ }), { target: { value: 'https://intranet.example.nhs.uk/cab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the link' }));
    await screen.findByText('\u201cCAB minutes\u201d was added as evidence.');
    expect(store.links[0]).toMatchObject({ title: 'CAB minutes', url: 'https://intranet.example.nhs.uk/cab', capability: 'change' });
    expect(await screen.findByRole('link', { name: /^CAB minutes/ })).toHaveAttribute('href', 'https://intranet.example.nhs.uk/cab');
  });

  it('finds a document on the site as the person types, once they pause, and adds the one chosen', async () => {
    const store = new EvidenceStore();
    store.documents = [
      { name: 'Change policy.docx', serverRelativeUrl: '/sites/nimm/Policies/Change policy.docx', library: 'Policies', size: 24 * 1024, modified: '2026-01-10T09:00:00Z' },
      { name: 'Backup runbook.docx', serverRelativeUrl: '/sites/nimm/Shared Documents/Backup runbook.docx', library: 'Documents', size: null, modified: null }
    ];
    renderPanel(store);
    await screen.findByText('No evidence has been added for this capability yet.');
    fireEvent.change(screen.getByRole('textbox', { name: /^Description/ }), { target: { value: 'Our approved policy.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Choose a document on this site' }));
    const search = screen.getByRole('searchbox', { name: 'Search this site\u2019s documents' });
    fireEvent.change(search, { target: { value: 'c' } });
    fireEvent.change(search, { target: { value: 'ch' } });
    fireEvent.change(search, { target: { value: 'change' } });
    const choice = await screen.findByRole('button', { name: 'Add Change policy.docx from Policies as evidence' });
    expect(screen.getByText('1 document found.')).toBeInTheDocument();
    // One search after the pause, not one per keystroke (the first, empty one ran when the picker opened or not at all).
    expect(store.searches.filter((q) => q !== '')).toEqual(['change']);
    fireEvent.click(choice);
    await screen.findByText('\u201cChange policy.docx\u201d was added as evidence.');
    expect(store.existing[0]).toMatchObject({ serverRelativeUrl: '/sites/nimm/Policies/Change policy.docx', description: 'Our approved policy.', capability: 'change' });
    const added = await screen.findByRole('link', { name: /^Change policy\.docx/ });
    expect(within(added.closest('li')!).getByText('(document on this site)')).toBeInTheDocument();
  });
});

describe('evidence rules', () => {
  it('opens only http(s) addresses and paths on this host', () => {
    expect(safeHref('https://a.example/x y')).toBe('https://a.example/x%20y');
    expect(safeHref('HTTP://a.example')).toBe('http://a.example/');
    expect(safeHref('/sites/nimm/NIMM Evidence/50% plan.pdf')).toBe('/sites/nimm/NIMM%20Evidence/50%25%20plan.pdf');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///c:/x', '//evil.example', '/\\evil.example', 'https://', 'relative/path', 'https://a.example/\nx', '']) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('calls evidence expired only after its expiry date', () => {
    expect(isExpired('2026-03-03', '2026-03-03')).toBe(false);
    expect(isExpired('2026-03-03', '2026-03-04')).toBe(true);
    expect(isExpired(null, '2026-03-04')).toBe(false);
    expect(isExpired('soon', '2026-03-04')).toBe(false);
  });

  it('counts upload progress in megabytes, or kilobytes for small files', () => {
    expect(progressText(10 * MB, 25 * MB)).toBe('10 MB of 25 MB');
    expect(progressText(10.5 * MB, 12 * MB)).toBe('10.5 MB of 12 MB');
    expect(progressText(0, 3000)).toBe('0 KB of 3 KB');
  });
});
