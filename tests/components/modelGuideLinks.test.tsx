/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { ModelGuide } from '../../src/components/modelGuide/ModelGuide';
import { guideModel } from './fixtures/guideModel';

// Links to a capability: opening the page with one, copying one, and the address following jumps.

setIconOptions({ disableWarnings: true });

const scrollIntoView = jest.fn();
const originalClipboard = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');

beforeAll(() => {
  // jsdom lays nothing out and has no scrollIntoView; the guide calls it when it is there.
  Element.prototype.scrollIntoView = scrollIntoView;
});

afterAll(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

beforeEach(() => {
  window.history.replaceState(null, '', '/SitePages/Guide.aspx?web=1');
  scrollIntoView.mockClear();
});

afterEach(() => {
  if (originalClipboard) Object.defineProperty(window.navigator, 'clipboard', originalClipboard);
  else delete (window.navigator as unknown as { clipboard?: unknown }).clipboard;
});

function setClipboard(clipboard: { writeText?: (text: string) => Promise<void> } | undefined): void {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** A capability's disclosure button within one part of the page. */
function disclosure(name: RegExp, within_: HTMLElement = document.body): HTMLElement {
  const buttons = within(within_).getAllByRole('button', { name }).filter((b) => b.hasAttribute('aria-expanded'));
  if (buttons.length !== 1) throw new Error(`expected one disclosure button named ${name}, found ${buttons.length}`);
  return buttons[0];
}

/** Waits for the browser's history to move and the guide to answer. */
async function historyStep(step: () => void): Promise<void> {
  const moved = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
  await act(async () => {
    step();
    await moved;
  });
}

describe('opening the page with a link to a capability', () => {
  it('opens that capability, scrolls it into view and moves focus to its button', async () => {
    window.history.replaceState(null, '', '/SitePages/Guide.aspx?web=1#nimm-capability=change');
    render(<ModelGuide model={guideModel()} />);

    const button = disclosure(/^Change management$/);
    await waitFor(() => expect(button).toHaveFocus());
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.instances[0]).toBe(button);
    expect(disclosure(/^Configuration management/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('ignores a link to a capability the model does not have, and one meant for another guide', () => {
    window.history.replaceState(null, '', '/#nimm-capability=no-such-thing&nimm-capability-other=change');
    render(<ModelGuide model={guideModel()} />);
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(document.body).toHaveFocus();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('with two guides on the page, a link naming no guide opens in the first only', async () => {
    window.history.replaceState(null, '', '/#nimm-capability=change');
    render(
      <>
        <div data-testid="first">
          <ModelGuide model={guideModel()} />
        </div>
        <div data-testid="second">
          <ModelGuide model={guideModel()} />
        </div>
      </>
    );
    const first = disclosure(/^Change management$/, screen.getByTestId('first'));
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(disclosure(/^Change management$/, screen.getByTestId('second'))).toHaveAttribute('aria-expanded', 'false');
  });

  it('with two guides that know their web part ids, a link naming one opens in that one', async () => {
    window.history.replaceState(null, '', '/#nimm-capability-guide-b=board');
    render(
      <>
        <div data-testid="first">
          <ModelGuide model={guideModel()} instanceId="guide-a" />
        </div>
        <div data-testid="second">
          <ModelGuide model={guideModel()} instanceId="guide-b" />
        </div>
      </>
    );
    const second = disclosure(/^Architecture board$/, screen.getByTestId('second'));
    await waitFor(() => expect(second).toHaveFocus());
    expect(second).toHaveAttribute('aria-expanded', 'true');
    expect(disclosure(/^Architecture board$/, screen.getByTestId('first'))).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('"Copy link"', () => {
  it('copies the address of the capability and says "Link copied" politely', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    setClipboard({ writeText });
    window.history.replaceState(null, '', '/SitePages/Guide.aspx?web=1#something=else');
    render(<ModelGuide model={guideModel()} />);
    fireEvent.click(disclosure(/^Change management$/));

    const copy = screen.getByRole('button', { name: 'Copy link to Change management' });
    expect(copy).toHaveTextContent('Copy link');
    await act(async () => {
      fireEvent.click(copy);
    });

    expect(writeText).toHaveBeenCalledWith('http://localhost/SitePages/Guide.aspx?web=1#nimm-capability=change');
    const said = await screen.findByText('Link copied');
    expect(said).toHaveAttribute('aria-live', 'polite');
    // Copying leaves the page's own address alone.
    expect(window.location.hash).toBe('#something=else');
  });

  it('names the guide in the link when it knows its web part id', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    setClipboard({ writeText });
    render(<ModelGuide model={guideModel()} instanceId="3f2a-guide" />);
    fireEvent.click(disclosure(/^Architecture board$/));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to Architecture board' }));
    });
    expect(writeText).toHaveBeenCalledWith('http://localhost/SitePages/Guide.aspx?web=1#nimm-capability-3f2a-guide=board');
  });

  it('where the browser will not copy, offers the link selected in a read-only field', async () => {
    setClipboard({ writeText: () => Promise.reject(new Error('NotAllowedError')) });
    render(<ModelGuide model={guideModel()} />);
    fireEvent.click(disclosure(/^Change management$/));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to Change management' }));
    });

    const field = (await screen.findByRole('textbox', { name: 'Link to Change management' })) as HTMLInputElement;
    expect(field).toHaveAttribute('readonly');
    expect(field.value).toBe('http://localhost/SitePages/Guide.aspx?web=1#nimm-capability=change');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(field).toHaveAccessibleDescription(/press Ctrl\+C/);
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });

  it('with no clipboard at all, offers the field too', async () => {
    setClipboard(undefined);
    render(<ModelGuide model={guideModel()} />);
    fireEvent.click(disclosure(/^Change management$/));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to Change management' }));
    });
    expect(await screen.findByRole('textbox', { name: 'Link to Change management' })).toHaveFocus();
  });
});

describe('links inside the guide and the address', () => {
  it('are real links to the capability, so they can open in a new tab', () => {
    render(<ModelGuide model={guideModel()} />);
    fireEvent.click(disclosure(/^Change management$/));
    expect(screen.getByRole('link', { name: 'Configuration management' })).toHaveAttribute('href', '#nimm-capability=configuration');
    expect(screen.getByRole('link', { name: 'Architecture board' })).toHaveAttribute('href', '#nimm-capability=board');
  });

  it('a jump keeps the search, adds to the history, and Back returns to where the reader was', async () => {
    render(<ModelGuide model={guideModel()} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search capabilities' }), { target: { value: 'rollback' } });
    const change = disclosure(/^Change management$/);
    fireEvent.click(change);
    const lengthBefore = window.history.length;

    fireEvent.click(screen.getByRole('link', { name: 'Architecture board' }));

    const board = disclosure(/^Architecture board$/);
    expect(board).toHaveFocus();
    expect(board).toHaveAttribute('aria-expanded', 'true');
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/SitePages/Guide.aspx?web=1#nimm-capability=board');
    expect(window.history.length).toBe(lengthBefore + 1);
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toHaveValue('rollback');

    await historyStep(() => window.history.back());

    expect(window.location.hash).toBe('#nimm-capability=change');
    await waitFor(() => expect(change).toHaveFocus());
    expect(change).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('searchbox', { name: 'Search capabilities' })).toHaveValue('rollback');

    await historyStep(() => window.history.forward());
    await waitFor(() => expect(board).toHaveFocus());
  });

  it('a modified click is left to the browser, which opens a new tab', () => {
    render(<ModelGuide model={guideModel()} />);
    fireEvent.click(disclosure(/^Change management$/));
    const link = screen.getByRole('link', { name: 'Configuration management' });
    const notCancelled = fireEvent.click(link, { ctrlKey: true });
    expect(notCancelled).toBe(true);
    expect(window.location.hash).toBe('');
    expect(disclosure(/^Configuration management/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('a guide refreshed with a new model does not take focus back to the link\'s capability', async () => {
    window.history.replaceState(null, '', '/#nimm-capability=change');
    const { rerender } = render(<ModelGuide model={guideModel()} />);
    const change = disclosure(/^Change management$/);
    await waitFor(() => expect(change).toHaveFocus());
    const search = screen.getByRole('searchbox', { name: 'Search capabilities' });
    search.focus();

    rerender(<ModelGuide model={{ ...guideModel(), version: '1.1' }} />);

    await screen.findByText('Test maturity model, version 1.1');
    expect(search).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });
});
