/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { SiteSetupApp } from '../../src/components/siteSetup';
import { StoreError } from '../../src/data/errors';
import { guideModel, XSS } from './fixtures/guideModel';
import { FakeStore, userWithRole } from './support/fakeStore';

// The SharePoint page registers Fluent's icon font; tests do not, and need not hear about it.
setIconOptions({ disableWarnings: true });

const CAPABILITIES = guideModel().capabilities.length;

function renderApp(store: FakeStore): ReturnType<typeof render> {
  return render(<SiteSetupApp store={store} />);
}

/** Waits for the status to be read: the "This site" section appears. */
async function loaded(): Promise<void> {
  await screen.findByRole('heading', { name: 'This site' });
}

/** The value shown beside a term in the status summary. */
function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!dd || dd.tagName !== 'DD') throw new Error(`no value after ${term}`);
  return dd as HTMLElement;
}

/** The set-up live region (Fluent's spinner has its own status role, gone by now). */
function liveRegion(): HTMLElement {
  const regions = screen.getAllByRole('status').filter((r) => r.getAttribute('aria-live') === 'polite' && r.getAttribute('aria-atomic') === 'true');
  if (regions.length !== 1) throw new Error(`expected one set-up live region, found ${regions.length}`);
  return regions[0];
}

function owners(): { title: string; email: string; id: number }[] {
  return [
    { id: 1, title: 'Priya Shah', email: 'priya.shah@nhs.example' },
    { id: 2, title: 'Sam Jones', email: 'javascript:alert(1)' }
  ];
}

describe('Site set-up: reading where the site stands', () => {
  it('shows a labelled spinner while it reads the site, then the status', async () => {
    const store = new FakeStore().withPublished();
    const held = store.hold('getCurrentUser');
    renderApp(store);

    expect(screen.getByText('Checking how NIMM is set up on this site\u2026')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This site' })).not.toBeInTheDocument();
    await act(async () => held.open());
    await loaded();
    expect(screen.queryByText('Checking how NIMM is set up on this site\u2026')).not.toBeInTheDocument();
  });

  it('summarises a set-up site: lists found, and the published model with its version and capability count', async () => {
    renderApp(new FakeStore().withPublished());
    await loaded();

    expect(fact('NIMM lists')).toHaveTextContent('Set up (lists found)');
    expect(fact('Published model')).toHaveTextContent(`Test maturity model, version 1.0, with ${CAPABILITIES} capabilities`);
    const versions = screen.getByRole('heading', { name: 'Model versions on this site' }).nextElementSibling as HTMLElement;
    expect(within(versions).getByText('Test maturity model, version 1.0: published and in force on 4 March 2025')).toBeInTheDocument();
  });

  it('says a site whose lists are missing is not set up, and reads nothing more from it', async () => {
    const store = new FakeStore();
    store.listsExist = false;
    renderApp(store);
    await loaded();

    expect(fact('NIMM lists')).toHaveTextContent('Not set up yet');
    expect(fact('Published model')).toHaveTextContent('None published yet');
    expect(store.calls).not.toContain('listModelVersions');
    expect(screen.getByRole('button', { name: 'Set up this site' })).toBeInTheDocument();
    // Publishing needs the lists; until they exist set-up publishes the default model itself.
    expect(screen.queryByRole('button', { name: 'Publish the default NHS model' })).not.toBeInTheDocument();
  });

  it('says the lists need upgrading when they exist but lack a column, with the store\u2019s reason', async () => {
    const store = new FakeStore().fail(
      'getPublishedModel',
      new StoreError('not-set-up', 'Could not read the published model: a column the suite needs is missing (Status). A site owner needs to run set-up to upgrade the lists.', { reason: 'missing-column' })
    );
    renderApp(store);
    await loaded();

    expect(fact('NIMM lists')).toHaveTextContent('Found, but they need upgrading: Could not read the published model: a column the suite needs is missing (Status).');
    expect(screen.getByRole('button', { name: 'Check and upgrade set-up' })).toBeInTheDocument();
  });

  it('lists the data problems found in the model as "list, item id: problem"', async () => {
    const store = new FakeStore().withPublished();
    store.issues = [
      { list: 'NIMM Capabilities', itemId: 12, problem: 'the level descriptors are not valid JSON' },
      { list: 'NIMM Profiles', itemId: null, problem: 'the list could not be read' }
    ];
    renderApp(store);
    await loaded();

    const heading = screen.getByRole('heading', { name: 'Problems found in the data' });
    expect(heading).toBeInTheDocument();
    expect(screen.getByText('NIMM Capabilities, item 12: the level descriptors are not valid JSON')).toBeInTheDocument();
    expect(screen.getByText('NIMM Profiles: the list could not be read')).toBeInTheDocument();
  });

  it('shows why the site could not be read, and reads it again on retry', async () => {
    const store = new FakeStore()
      .withPublished()
      .fail('getCurrentUser', new StoreError('network', 'Could not find out who you are: the site did not answer. Check your connection.'), 1);
    renderApp(store);

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The set-up of this site could not be checked.'));
    expect(alert).toHaveTextContent('Could not find out who you are: the site did not answer. Check your connection.');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await loaded();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fact('Published model')).toHaveTextContent('Test maturity model, version 1.0');
  });

  it('never shows a programming error\u2019s text or stack, only a plain message', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'Title')");
    renderApp(new FakeStore().fail('getPublishedModel', bug));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Something unexpected went wrong.'));
    expect(alert).not.toHaveTextContent('Cannot read properties');
    expect(alert).not.toHaveTextContent('TypeError');
  });
});

describe('Site set-up: an owner sets up the site', () => {
  it('sets up a new site step by step, publishes the default model, then says what changed', async () => {
    const store = new FakeStore();
    store.listsExist = false;
    store.schemaVersion = null;
    store.schemaChanges = ['Created the list "NIMM Model Versions"', 'Created the list "NIMM Capabilities"', 'Recorded schema version 3'];
    const schema = store.hold('ensureSchema');
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Step 1 of 3: Checking that you are a site owner'));
    expect(liveRegion()).toHaveTextContent('Setting up the NIMM lists');
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Step 1 of 3: Checking that you are a site owner');
    // Still in place, so keyboard focus stays put, but not usable twice at once.
    expect(screen.getByRole('button', { name: 'Set up this site' })).toHaveAttribute('aria-disabled', 'true');

    const publish = store.hold('publishDefaultModel');
    await act(async () => schema.open());
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Publishing the default NHS model'));
    expect(liveRegion()).toHaveTextContent('Step 1 of 2: Writing model "Default NHS model" version 2.0 as a draft');

    await act(async () => publish.open());
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Set-up finished.'));
    expect(screen.getByText('The lists are now at schema version 3.')).toBeInTheDocument();
    expect(screen.getByText('Created the list "NIMM Capabilities"')).toBeInTheDocument();
    expect(screen.getByText(`Published Default NHS model, version 2.0, with ${CAPABILITIES} capabilities.`)).toBeInTheDocument();
    expect(store.calls.filter((c) => c === 'ensureSchema' || c === 'publishDefaultModel')).toEqual(['ensureSchema', 'publishDefaultModel']);

    // The status is read again: the lists are there, at the version set-up reported.
    await waitFor(() => expect(fact('NIMM lists')).toHaveTextContent('Set up, schema version 3'));
    expect(fact('Published model')).toHaveTextContent('Default NHS model, version 2.0');
    expect(screen.getByRole('button', { name: 'Check and upgrade set-up' })).not.toHaveAttribute('aria-disabled');
  });

  it('checks a site already set up without publishing another model', async () => {
    const store = new FakeStore().withPublished();
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Check and upgrade set-up' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Set-up finished.'));
    expect(screen.getByText('The lists are at schema version 3.')).toBeInTheDocument();
    expect(screen.getByText('Nothing needed changing: the lists were already up to date.')).toBeInTheDocument();
    expect(screen.getByText('A model was already published, so it was left as it is.')).toBeInTheDocument();
    expect(store.calls).not.toContain('publishDefaultModel');
  });

  it('says set-up did not finish and lets the owner run it again', async () => {
    const store = new FakeStore();
    store.listsExist = false;
    store.fail('ensureSchema', new StoreError('throttled', 'Could not set up the list "NIMM Responses": SharePoint is busy. Try again in a few minutes.'), 1);
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Set-up did not finish.'));
    expect(alert).toHaveTextContent('Could not set up the list "NIMM Responses": SharePoint is busy.');
    expect(alert).toHaveTextContent('It is safe to run set-up again');

    const again = screen.getByRole('button', { name: 'Set up this site' });
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'));
    fireEvent.click(again);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Set-up finished.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Site set-up: an owner publishes the default model', () => {
  it('asks first, and publishes nothing when the owner cancels', async () => {
    const store = new FakeStore().withPublished();
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the default NHS model' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('New assessments will use it; existing assessments keep the version they started with.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(store.calls).not.toContain('publishDefaultModel');
  });

  it('publishes once confirmed, and shows the new model in force', async () => {
    const store = new FakeStore().withPublished();
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the default NHS model' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(liveRegion()).toHaveTextContent('The default NHS model was published.'));
    expect(screen.getByText(`Published Default NHS model, version 2.0, with ${CAPABILITIES} capabilities.`)).toBeInTheDocument();
    await waitFor(() => expect(fact('Published model')).toHaveTextContent('Default NHS model, version 2.0'));
    expect(screen.getByText('Test maturity model, version 1.0: retired on 4 March 2025')).toBeInTheDocument();
  });

  it('says what failed and that the previous model is still in force, and lets the owner try again', async () => {
    const store = new FakeStore()
      .withPublished()
      .fail('publishDefaultModel', new StoreError('unavailable', 'Publishing stopped: 3 of 74 capabilities could not be saved to "NIMM Capabilities".'));
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the default NHS model' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Publish' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The model was not published.'));
    expect(alert).toHaveTextContent('Publishing stopped: 3 of 74 capabilities could not be saved to "NIMM Capabilities".');
    expect(alert).toHaveTextContent('The previous published model, Test maturity model version 1.0, is still in force.');
    expect(fact('Published model')).toHaveTextContent(`Test maturity model, version 1.0, with ${CAPABILITIES} capabilities`);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish the default NHS model' })).not.toHaveAttribute('aria-disabled'));
  });

  it('does not repeat "still in force" when the store has said it already', async () => {
    const store = new FakeStore()
      .withPublished()
      .fail('publishDefaultModel', new StoreError('forbidden', 'Access denied. The model was not published; the previous published model is still in force.'));
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the default NHS model' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Publish' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Access denied.'));
    expect(alert.textContent?.match(/still in force/g)).toHaveLength(1);
  });

  it('says what set-up changed when it stopped at publishing, and that no model is in force yet', async () => {
    const store = new FakeStore();
    store.listsExist = false;
    store.schemaChanges = ['Created the list "NIMM Capabilities"'];
    store.fail('publishDefaultModel', new StoreError('unavailable', 'SharePoint is not available at the moment.'));
    renderApp(store);
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The model was not published.'));
    expect(alert).toHaveTextContent('No model was published before this attempt');
    expect(screen.getByText('Created the list "NIMM Capabilities"')).toBeInTheDocument();
  });
});

describe('Site set-up: people who are not owners', () => {
  it('tells a member whom to ask, with no set-up buttons', async () => {
    const store = new FakeStore().withPublished();
    store.user = userWithRole('member');
    store.owners = owners();
    renderApp(store);
    await loaded();

    // The site is set up: the message is about changing set-up, not about doing it.
    expect(screen.getByText('This site is set up. Only site owners can change its set-up or publish a model; ask one of them if something needs changing:')).toBeInTheDocument();
    expect(screen.queryByText(/Only site owners can set up NIMM/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Priya Shah' })).toHaveAttribute('href', 'mailto:priya.shah@nhs.example');
    // An address that is not a plain email address is no link, whatever it says.
    expect(screen.getByText('Sam Jones')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sam Jones' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(store.calls).not.toContain('ensureSchema');
  });

  it('shows a visitor that the site is not set up, and whom to ask', async () => {
    const store = new FakeStore();
    store.listsExist = false;
    store.user = userWithRole('visitor');
    store.owners = owners();
    renderApp(store);
    await loaded();

    expect(fact('NIMM lists')).toHaveTextContent('Not set up yet');
    expect(screen.getByText('Only site owners can set up NIMM on this site. Ask one of them:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Priya Shah' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders owners\u2019 names containing HTML as text', async () => {
    const store = new FakeStore().withPublished();
    store.user = userWithRole('member');
    store.owners = [
      { id: 1, title: XSS, email: 'owner@nhs.example' },
      { id: 2, title: '<b>Bold</b> Owner', email: '"><script>alert(1)</script>@x.example' }
    ];
    const { container } = renderApp(store);
    await loaded();

    expect(screen.getByRole('link', { name: XSS })).toHaveAttribute('href', 'mailto:owner@nhs.example');
    expect(screen.getByText('<b>Bold</b> Owner')).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('still says to ask a site owner when the owners cannot be read', async () => {
    const store = new FakeStore().withPublished().fail('getSiteOwners', new StoreError('forbidden', 'Access denied.'));
    store.user = userWithRole('member');
    renderApp(store);
    await loaded();

    expect(screen.getByText('This site is set up. Only site owners can change its set-up or publish a model; ask one of the site\u2019s owners if something needs changing.')).toBeInTheDocument();
  });
});

describe('Site set-up: who may change the site\'s own profiles', () => {
  it('lets an owner choose site owners only, says what changed, and reads the choice back', async () => {
    const store = new FakeStore().withPublished();
    renderApp(store);
    const section = await screen.findByRole('region', { name: 'This site\u2019s own profiles' });
    const owners = await within(section).findByRole('radio', { name: 'Site owners only' });
    expect(within(section).getByRole('radio', { name: 'Site members and owners' })).toBeChecked();
    expect(within(section).getByRole('button', { name: 'Save the choice' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(owners);
    fireEvent.click(within(section).getByRole('button', { name: 'Save the choice' }));
    expect(await within(section).findByText(/^Only site owners may now create and change this site\u2019s own profiles\./)).toBeInTheDocument();
    expect(store.localProfileEditors).toBe('owners');
  });

  it('tells a member the choice in a sentence, with nothing to change', async () => {
    const store = new FakeStore().withPublished();
    store.user = userWithRole('member');
    store.localProfileEditors = 'owners';
    renderApp(store);
    const section = await screen.findByRole('region', { name: 'This site\u2019s own profiles' });
    expect(await within(section).findByText('Only site owners may create and change this site\u2019s own profiles; everyone can plan to them.')).toBeInTheDocument();
    expect(within(section).queryByRole('radio')).toBeNull();
  });

  it('on a site whose lists predate local profiles, says set-up adds them', async () => {
    const store = new FakeStore().withPublished();
    store.localProfileEditors = null;
    renderApp(store);
    const section = await screen.findByRole('region', { name: 'This site\u2019s own profiles' });
    expect(await within(section).findByText(/^The list for them is added by set-up/)).toBeInTheDocument();
  });
});
