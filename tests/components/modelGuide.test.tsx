/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { ModelGuideApp } from '../../src/components/modelGuide/ModelGuideApp';
import { ModelGuide } from '../../src/components/modelGuide/ModelGuide';
import type { Model } from '../../src/nimm/model/schema';
import { guideModel, XSS } from './fixtures/guideModel';
import { FakeStore, userWithRole } from './support/fakeStore';
import { PageStore } from '../../src/data/cache/PageStore';
import { StoreError } from '../../src/data/errors';

// The SharePoint page registers Fluent's icon font; tests do not, and need not hear about it.
setIconOptions({ disableWarnings: true });

// The guide follows capability links in the address, and jumps write them: each test starts on a
// plain address, as a page opened without a link would.
beforeEach(() => window.history.replaceState(null, '', '/'));


function renderGuide(model: Model = guideModel()): ReturnType<typeof render> {
  return render(<ModelGuide model={model} />);
}

/**
 * A capability's disclosure button, by the capability's name (a foundation capability's button
 * adds ", foundation capability" to it).
 */
function capabilityButton(name: string): HTMLElement {
  const named = (accessibleName: string): boolean => accessibleName === name || accessibleName === `${name}, foundation capability`;
  const matches = screen.getAllByRole('button', { name: named }).filter((b) => b.hasAttribute('aria-expanded'));
  if (matches.length !== 1) throw new Error(`expected one disclosure button named ${name}, found ${matches.length}`);
  return matches[0];
}

function liveRegion(): HTMLElement {
  return screen.getByRole('status');
}

/** Opens a capability and returns its detail region. */
function expand(name: string): HTMLElement {
  const button = capabilityButton(name);
  fireEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const detail = document.getElementById(button.getAttribute('aria-controls') || '');
  if (!detail) throw new Error(`no detail region for ${name}`);
  return detail;
}

/** The list that follows a heading inside a region. */
function listAfterHeading(region: HTMLElement, name: string): HTMLElement {
  const heading = within(region).getByRole('heading', { name });
  let next = heading.nextElementSibling;
  while (next && next.tagName !== 'UL' && next.tagName !== 'OL') next = next.nextElementSibling;
  if (!next) throw new Error(`no list after heading ${name}`);
  return next as HTMLElement;
}

/** The criteria list under a perspective heading within one level's part of a detail region. */
function criteriaFor(detail: HTMLElement, level: string, perspective: string): HTMLElement {
  let node = within(detail).getByRole('heading', { name: level }).nextElementSibling;
  while (node && node.tagName !== 'H5') {
    if (node.tagName === 'H6' && node.textContent === perspective) {
      const list = node.nextElementSibling;
      if (list && list.tagName === 'UL') return list as HTMLElement;
    }
    node = node.nextElementSibling;
  }
  throw new Error(`no ${perspective} criteria under ${level}`);
}

function search(text: string): void {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search capabilities' }), { target: { value: text } });
}

describe('Model guide app', () => {
  it('shows a labelled spinner while the model loads, then the guide under its title', async () => {
    const store = new FakeStore().withPublished(guideModel());
    const held = store.hold('getPublishedModel');
    render(<ModelGuideApp store={store} title="" />);

    expect(screen.getByRole('heading', { name: 'NIMM model guide' })).toBeInTheDocument();
    expect(screen.getByText('Loading the model\u2026')).toBeInTheDocument();
    // Fluent fills the spinner's status region a moment later, so screen readers notice it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading the model'));

    await act(async () => held.open());

    expect(await screen.findByText('Test maturity model, version 1.0')).toBeInTheDocument();
    expect(screen.queryByText('Loading the model\u2026')).not.toBeInTheDocument();
  });

  it('keeps the title and says what failed, once, when loading fails; Try again loads the model', async () => {
    const store = new FakeStore().withPublished(guideModel());
    store.fail('getPublishedModel', new StoreError('throttled', 'SharePoint is busy and asked us to slow down, so we could not read the published model after several tries. Wait a minute and try again.'), 1);
    render(<ModelGuideApp store={store} />);

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The model could not be loaded.'));
    expect(alert).toHaveTextContent('Wait a minute and try again.');
    // The store's message already says what to do; nothing repeats it.
    expect(alert.textContent?.match(/try again/gi)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'NIMM model guide' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Test maturity model, version 1.0')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows no error details from something unexpected', async () => {
    const store = new FakeStore().withPublished(guideModel());
    store.fail('getPublishedModel', new Error('HTTP 500 at SharePointStore.getModel (store.ts:42)'), 1);
    render(<ModelGuideApp store={store} />);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Something unexpected went wrong.'));
    expect(document.body).not.toHaveTextContent('store.ts');
    expect(document.body).not.toHaveTextContent('HTTP 500');
  });

  it('a theme arriving later neither reloads the model nor closes what the reader opened', async () => {
    const store = new FakeStore().withPublished(guideModel());
    const { rerender } = render(<ModelGuideApp store={store} />);
    await screen.findByText('Test maturity model, version 1.0');
    fireEvent.click(capabilityButton('Change management'));

    rerender(<ModelGuideApp store={store} theme={{ palette: { themePrimary: '#005eb8' } }} />);

    expect(capabilityButton('Change management')).toHaveAttribute('aria-expanded', 'true');
    expect(store.calls.filter((c) => c === 'getPublishedModel')).toHaveLength(1);
  });

  it('uses the title the page author gave', async () => {
    render(<ModelGuideApp store={new FakeStore().withPublished(guideModel())} title="Our infrastructure model" />);
    expect(await screen.findByRole('heading', { name: 'Our infrastructure model' })).toBeInTheDocument();
  });

  it('shows the default NHS model, saying so, on a site with nothing published', async () => {
    render(<ModelGuideApp store={new FakeStore()} />);
    expect(await screen.findByText(/This site has not published a model yet/)).toBeInTheDocument();
  });

  it('refreshes when set-up elsewhere on the page publishes a model', async () => {
    const inner = new FakeStore();
    const store = new PageStore(inner);
    render(<ModelGuideApp store={store} />);
    expect(await screen.findByText(/This site has not published a model yet/)).toBeInTheDocument();
    await act(async () => {
      await store.publishDefaultModel();
    });
    await waitFor(() => expect(screen.queryByText(/This site has not published a model yet/)).not.toBeInTheDocument());
    expect(screen.getByText('Default NHS model, version 2.0')).toBeInTheDocument();
  });

  it('tells a reader that something could not be read, and an owner which item and why', async () => {
    const store = new FakeStore().withPublished(guideModel());
    store.issues = [{ list: 'NIMM Capabilities', itemId: 12, problem: 'column "Capability (JSON)" does not hold valid JSON' }];
    store.user = userWithRole('visitor');
    const { unmount } = render(<ModelGuideApp store={store} />);
    expect(await screen.findByText(/One item on this site could not be read/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('NIMM Capabilities, item 12');
    unmount();

    store.user = userWithRole('owner');
    render(<ModelGuideApp store={store} />);
    expect(await screen.findByText('NIMM Capabilities, item 12: column "Capability (JSON)" does not hold valid JSON')).toBeInTheDocument();
  });
});

describe('Model guide', () => {
  it('shows the levels legend with the model level names', () => {
    renderGuide();
    const legend = listAfterHeading(document.body, 'Maturity levels');
    const items = within(legend).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Level 1: Basic \u2013 Ad hoc.',
      'Level 2: Controlled \u2013 Controlled.',
      'Level 3: Standardised \u2013 Standard.',
      'Level 4: Optimised \u2013 Measured.',
      'Level 5: Innovative \u2013 Leading.'
    ]);
  });

  it('keeps a proper heading order under the app\'s title: categories, then capabilities', async () => {
    render(<ModelGuideApp store={new FakeStore().withPublished(guideModel())} />);
    await screen.findByText('Test maturity model, version 1.0');
    expect(screen.getByRole('heading', { name: 'NIMM model guide', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Service practices', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Governance', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Change management/, level: 4 })).toBeInTheDocument();
  });

  it('lists capabilities under their category, in model order', () => {
    renderGuide();
    const practices = listAfterHeading(document.body, 'Service practices');
    expect(within(practices).getAllByRole('button').map((b) => b.textContent)).toEqual(['Configuration management', 'Change management']);
  });

  it('search finds capabilities by criterion text, ignoring case, and the live region gives the count', () => {
    renderGuide();
    expect(liveRegion()).toHaveTextContent('3 capabilities match');
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');

    search('ROLLBACK plan');

    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(capabilityButton('Change management')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Configuration management', expanded: false })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Governance' })).not.toBeInTheDocument();
  });

  it('search finds capabilities by summary and by the level 1 description', () => {
    renderGuide();
    search('spreadsheets');
    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(capabilityButton('Configuration management')).toBeInTheDocument();

    search('designs');
    expect(capabilityButton('Architecture board')).toBeInTheDocument();
  });

  it('says so when nothing matches, and clearing the filters brings every capability back', () => {
    renderGuide();
    search('quantum');
    expect(liveRegion()).toHaveTextContent('No capabilities match');
    expect(screen.getByText(/No capabilities match your search and filters/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    expect(liveRegion()).toHaveTextContent('3 capabilities match');
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toHaveFocus();
  });

  it('the foundation filter shows only foundation capabilities', () => {
    renderGuide();
    fireEvent.click(screen.getByRole('switch', { name: 'Foundation capabilities only' }));

    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(capabilityButton('Configuration management')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change management', expanded: false })).not.toBeInTheDocument();
  });

  it('marks foundation capabilities in words, not by colour alone', () => {
    renderGuide();
    const heading = screen.getByRole('heading', { name: /^Configuration management/ });
    expect(heading).toHaveTextContent('Foundation');
    expect(screen.getByRole('heading', { name: /^Change management/ })).not.toHaveTextContent('Foundation');
  });

  it('the category filter shows one category', async () => {
    renderGuide();
    fireEvent.click(screen.getByRole('combobox', { name: /^Category/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Governance' }));

    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(capabilityButton('Architecture board')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Service practices' })).not.toBeInTheDocument();
  });

  it('the aspect filter shows technical or business categories', async () => {
    renderGuide();
    fireEvent.click(screen.getByRole('combobox', { name: /^Technical or business/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Business' }));

    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(screen.getByRole('heading', { name: 'Governance' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Service practices' })).not.toBeInTheDocument();
  });

  it('a capability is a disclosure button that opens and closes its detail', () => {
    renderGuide();
    const button = capabilityButton('Change management');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Every change follows one written process.')).not.toBeInTheDocument();

    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Every change follows one written process.')).toBeInTheDocument();

    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Every change follows one written process.')).not.toBeInTheDocument();
  });

  it('the detail shows the foundation note, owner role, level 1 and each level by name', () => {
    renderGuide();
    const detail = expand('Configuration management');
    expect(within(detail).getByText('Foundation capability: start here')).toBeInTheDocument();
    expect(within(detail).getByText('Owner role: Configuration manager')).toBeInTheDocument();
    expect(within(detail).getByRole('heading', { name: 'Level 1: Basic' })).toBeInTheDocument();
    expect(within(detail).getByText('Assets are tracked in spreadsheets, if at all.')).toBeInTheDocument();
    expect(within(detail).getByRole('heading', { name: 'Level 2: Controlled' })).toBeInTheDocument();
    expect(within(detail).getByText('Key assets are recorded in one place.')).toBeInTheDocument();
  });

  it('the detail lists levels in order and groups each level\'s criteria by perspective, with guidance', () => {
    renderGuide();
    const detail = expand('Change management');
    const levelHeadings = within(detail)
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent)
      .filter((t) => t && t.indexOf('Level') === 0);
    expect(levelHeadings).toEqual(['Level 1: Basic', 'Level 2: Controlled', 'Level 3: Standardised']);

    const perspectives = within(detail).getAllByRole('heading', { level: 6 }).map((h) => h.textContent);
    expect(perspectives).toEqual(['Process', 'Technology', 'People and organisation', 'Process']);

    const process2 = criteriaFor(detail, 'Level 2: Controlled', 'Process');
    expect(process2).toHaveTextContent('Every change is logged before work starts.');
    expect(within(process2).getByText('Guidance: A shared log is enough at first.')).toBeInTheDocument();
    expect(process2).not.toHaveTextContent('rollback');
    expect(criteriaFor(detail, 'Level 2: Controlled', 'Technology')).toHaveTextContent('Each change has a tested rollback plan.');
    expect(criteriaFor(detail, 'Level 2: Controlled', 'People and organisation')).toHaveTextContent('A named person approves each change.');
    expect(criteriaFor(detail, 'Level 3: Standardised', 'Process')).toHaveTextContent('Standard changes are pre-approved.');
  });

  it('"Depends on" and "Needed by" describe both directions of a dependency with level names', () => {
    renderGuide();
    const detail = expand('Change management');

    const dependsOn = listAfterHeading(detail, 'Depends on');
    expect(dependsOn).toHaveTextContent(
      'At level 3 (Standardised) needs Configuration management at level 2 (Controlled) or above. Changes need an accurate record of what they affect.'
    );

    const neededBy = listAfterHeading(detail, 'Needed by');
    expect(neededBy).toHaveTextContent(
      'Architecture board needs this at level 2 (Controlled) or above to reach its level 2 (Controlled). Designs go live through change.'
    );
  });

  it('says when a capability depends on nothing and nothing depends on it', () => {
    renderGuide();
    const detail = expand('Architecture board');
    expect(within(detail).getByText('No other capability depends on this one.')).toBeInTheDocument();

    const config = expand('Configuration management');
    expect(within(config).getByText('This capability does not depend on any other.')).toBeInTheDocument();
  });

  it('jumping to a dependency opens it and moves focus to it', () => {
    renderGuide();
    const detail = expand('Change management');
    const target = capabilityButton('Configuration management');
    expect(target).toHaveAttribute('aria-expanded', 'false');

    fireEvent.click(within(listAfterHeading(detail, 'Depends on')).getByRole('link', { name: 'Configuration management' }));

    expect(target).toHaveAttribute('aria-expanded', 'true');
    expect(target).toHaveFocus();
    expect(capabilityButton('Change management')).toHaveAttribute('aria-expanded', 'true');
  });

  it('jumping to a capability that the filters hide shows it and keeps the search and filters', () => {
    renderGuide();
    search('rollback');
    const detail = expand('Change management');

    fireEvent.click(within(listAfterHeading(detail, 'Needed by')).getByRole('link', { name: 'Architecture board' }));

    const target = capabilityButton('Architecture board');
    expect(target).toHaveAttribute('aria-expanded', 'true');
    expect(target).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toHaveValue('rollback');
    expect(liveRegion()).toHaveTextContent('1 capability matches, and 1 more is shown because you followed a link to it');
    // Configuration management neither matches nor was linked to: it stays hidden.
    expect(screen.queryByRole('button', { name: /^Configuration management/ })).not.toBeInTheDocument();

    // A new search starts afresh: what the link showed goes again.
    search('rollback plan');
    expect(liveRegion()).toHaveTextContent('1 capability matches');
    expect(screen.queryByRole('button', { name: 'Architecture board' })).not.toBeInTheDocument();
  });

  it('renders model text containing HTML as text, never as markup', () => {
    const model = guideModel();
    model.name = `Model ${XSS}`;
    const { container } = renderGuide(model);
    const detail = expand('Architecture board');

    expect(screen.getByText(`Reviews designs. ${XSS}`)).toBeInTheDocument();
    expect(screen.getByText(`Model ${XSS}, version 1.0`)).toBeInTheDocument();
    expect(within(detail).getByText(`Members are named. ${XSS}`)).toBeInTheDocument();
    expect(within(detail).getByText('A board meets <b>monthly</b>.')).toBeInTheDocument();
    expect(within(detail).getByText('Guidance: <script>alert(2)</script>')).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('shows a plain message for a model with no capabilities yet', () => {
    const model = guideModel();
    model.capabilities = [];
    renderGuide(model);
    expect(screen.getByText('This model has no capabilities yet.')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('No capabilities match');
  });

  it('gives every form control an accessible name', async () => {
    renderGuide();
    await waitFor(() => expect(screen.getByRole('search', { name: 'Find a capability' })).toBeInTheDocument());
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Category/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Technical or business/ })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Foundation capabilities only' })).toBeInTheDocument();
  });
});

describe('Model guide: names, search box, skip link and "Needed by"', () => {
  it('a foundation capability\'s button says so in its name, which starts with the capability\'s name', () => {
    renderGuide();
    const button = screen.getByRole('button', { name: 'Configuration management, foundation capability' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // Said once: the badge beside it, there for sighted readers, is not read again after the button.
    const heading = screen.getByRole('heading', { name: /^Configuration management/ });
    const badge = within(heading).getByText('Foundation');
    expect(badge).toHaveAttribute('aria-hidden', 'true');
    // Other capabilities' names are just their names.
    expect(screen.getByRole('button', { name: 'Change management' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists a capability that needs this one at several levels once, with each level', () => {
    const model = guideModel();
    const board = model.capabilities.find((c) => c.key === 'board');
    if (!board) throw new Error('fixture has no board');
    board.levels.push({ level: 3, descriptor: 'Designs are reviewed against standards.', criteria: [] });
    board.dependencies.push({ level: 3, requires: 'change', minLevel: 3, why: 'Standard designs need standard changes.' });
    renderGuide(model);
    const detail = expand('Change management');

    const neededBy = listAfterHeading(detail, 'Needed by');
    expect(within(neededBy).getAllByRole('listitem')).toHaveLength(1);
    expect(within(neededBy).getAllByRole('link', { name: 'Architecture board' })).toHaveLength(1);
    expect(neededBy).toHaveTextContent(
      'Architecture board needs this at level 2 (Controlled) or above to reach its level 2 (Controlled), ' +
        'and at level 3 (Standardised) to reach its level 3 (Standardised). ' +
        'Designs go live through change. Standard designs need standard changes.'
    );
  });

  it('the search box has a short placeholder and keeps a visible label of its own', () => {
    renderGuide();
    const box = screen.getByRole('searchbox', { name: 'Search capabilities' });
    expect(box).toHaveAttribute('placeholder', 'Search names and criteria');
    // The name comes from a visible <label>, not from the placeholder, which goes as soon as someone types.
    const label = document.querySelector(`label[for="${box.id}"]`);
    expect(label).not.toBeNull();
    expect(label).toHaveTextContent('Search capabilities');
    expect(label).toBeVisible();
    search('rollback');
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toBe(box);
  });

  it('starts with a "Skip to capabilities" link that moves focus to the capability list', () => {
    const { container } = renderGuide();
    const skip = screen.getByRole('link', { name: 'Skip to capabilities' });
    // First in the guide, so it is the first thing a keyboard user reaches.
    expect(container.querySelector('a, button, input, [tabindex]')).toBe(skip);

    fireEvent.click(skip);

    const list = screen.getByRole('region', { name: 'Capabilities' });
    expect(list).toHaveFocus();
    expect(within(list).getByRole('heading', { name: 'Service practices' })).toBeInTheDocument();
    expect(within(list).getAllByRole('button', { expanded: false })).toHaveLength(3);
    // Moving focus leaves the address as it was.
    expect(window.location.hash).toBe('');
  });
});
