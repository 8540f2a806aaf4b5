/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PersonPicker, ReviewPanel, reviewRight, type PickedPerson } from '../../src/components/assessment/review';
import { StoreContext } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { CurrentUser, ResponseDraft, SitePerson, StoredResponse } from '../../src/data/types';
import { FakeStore, userWithRole } from './support/fakeStore';

// The SharePoint page registers Fluent's icon font; tests do not, and need not hear about it.
setIconOptions({ disableWarnings: true });

const OLIVIA: SitePerson = { id: 7, title: 'Olivia Owen', email: 'olivia.owen@example.nhs.uk', loginName: 'i:0#.f|membership|olivia.owen@example.nhs.uk' };
const MARCUS: SitePerson = { id: 8, title: 'Marcus Reid', email: 'marcus.reid@example.nhs.uk', loginName: 'i:0#.f|membership|marcus.reid@example.nhs.uk' };
const PRIYA: SitePerson = { id: 10, title: 'Priya Shah', email: 'priya.shah@example.nhs.uk', loginName: 'i:0#.f|membership|priya.shah@example.nhs.uk' };

/** The signed-in user as `person`, with a role's rights. */
function signedIn(person: SitePerson, role: 'owner' | 'member' | 'visitor'): CurrentUser {
  return { ...userWithRole(role, person.title), id: person.id, email: person.email, loginName: person.loginName };
}

function draftWith(change: Partial<ResponseDraft>): ResponseDraft {
  return { ...emptyDraft(), status: 'in-progress', ...change };
}

/** A fake store whose people search a test sets up: found people, or a failure. */
class PeopleStore extends FakeStore {
  public people: SitePerson[] = [OLIVIA, MARCUS, PRIYA];
  public searchFailure: unknown = null;
  public readonly searches: string[] = [];
  // Optional, as the shared fake declares the method without arguments.
  public searchPeople(query = ''): Promise<SitePerson[]> {
    this.searches.push(query);
    if (this.searchFailure) return Promise.reject(this.searchFailure);
    const q = query.trim().toLowerCase();
    return Promise.resolve(this.people.filter((p) => p.title.toLowerCase().includes(q) || p.email.includes(q)));
  }
}

/** The review panel over a draft held here, as the screen's autosaving edit would hold it. */
function renderPanel(initial: ResponseDraft, user: CurrentUser, options: { response?: StoredResponse | null; rationaleMissing?: boolean; readOnly?: boolean } = {}): { draft: () => ResponseDraft; edits: () => number } {
  let current = initial;
  let edits = 0;
  const store = new PeopleStore();
  const Harness: React.FC = () => {
    const [draft, setDraft] = React.useState(initial);
    const edit = (change: (d: ResponseDraft) => ResponseDraft): void => {
      current = change(current);
      edits += 1;
      setDraft(current);
    };
    return (
      <StoreContext.Provider value={store}>
        <ReviewPanel draft={draft} response={options.response ?? null} user={user} readOnly={options.readOnly ?? false} rationaleMissing={options.rationaleMissing ?? false} headingLevel={3} edit={edit} />
      </StoreContext.Provider>
    );
  };
  render(<Harness />);
  return { draft: () => current, edits: () => edits };
}

describe('who may agree a capability or send it back', () => {
  const named = draftWith({ status: 'ready-for-review', owner: PRIYA.title, ownerLogin: PRIYA.loginName, reviewer: MARCUS.title, reviewerLogin: MARCUS.loginName });

  it('lets the named reviewer, and any site owner, review', () => {
    expect(reviewRight(named, signedIn(MARCUS, 'member'))).toEqual({ may: true, reason: null });
    expect(reviewRight(named, signedIn(OLIVIA, 'owner'))).toEqual({ may: true, reason: null });
    // A site owner may also finish a review nobody was named for.
    expect(reviewRight({ ...named, reviewer: '', reviewerLogin: '' }, signedIn(OLIVIA, 'owner')).may).toBe(true);
  });

  it('recognises the reviewer by login however SharePoint writes it, or by name when it was typed', () => {
    expect(reviewRight({ ...named, reviewerLogin: 'MARCUS.REID@example.nhs.uk' }, signedIn(MARCUS, 'member')).may).toBe(true);
    expect(reviewRight({ ...named, reviewerLogin: '' }, signedIn(MARCUS, 'member')).may).toBe(true);
    // Same name, different person: the login decides.
    expect(reviewRight({ ...named, reviewerLogin: 'i:0#.f|membership|marcus.reid@other.nhs.uk' }, signedIn(MARCUS, 'member')).may).toBe(false);
  });

  it('tells any other member why not, naming the reviewer', () => {
    // The capability's owner is not its reviewer either.
    expect(reviewRight(named, signedIn(PRIYA, 'member'))).toEqual({ may: false, reason: 'Only Marcus Reid, the named reviewer, or a site owner can agree this capability or send it back.' });
    const other: SitePerson = { id: 11, title: 'Sam Jones', email: 'sam.jones@example.nhs.uk', loginName: 'i:0#.f|membership|sam.jones@example.nhs.uk' };
    expect(reviewRight(named, signedIn(other, 'member'))).toEqual({ may: false, reason: 'Only Marcus Reid, the named reviewer, or a site owner can agree this capability or send it back.' });
    expect(reviewRight({ ...named, reviewer: '', reviewerLogin: '' }, signedIn(other, 'member'))).toEqual({
      may: false,
      reason: 'No reviewer is named, so only a site owner can agree this capability or send it back. Name a reviewer above if someone else should review it.'
    });
  });

  it('does not let a member review their own capability, even when named as its reviewer', () => {
    const own = { ...named, owner: MARCUS.title, ownerLogin: MARCUS.loginName };
    expect(reviewRight(own, signedIn(MARCUS, 'member'))).toEqual({
      may: false,
      reason: 'You are both the owner and the reviewer of this capability, so someone else needs to agree it: name another reviewer, or ask a site owner.'
    });
    // A site owner answers for the site: they may agree work they own.
    expect(reviewRight({ ...own, owner: OLIVIA.title, ownerLogin: OLIVIA.loginName }, signedIn(OLIVIA, 'owner')).may).toBe(true);
  });

  it('never lets a visitor review', () => {
    expect(reviewRight({ ...named, reviewerLogin: MARCUS.loginName }, { ...signedIn(MARCUS, 'visitor') }).may).toBe(false);
  });
});

describe('the review panel', () => {
  const ready = draftWith({ status: 'ready-for-review', owner: PRIYA.title, ownerLogin: PRIYA.loginName, reviewer: MARCUS.title, reviewerLogin: MARCUS.loginName });

  it('offers a member Ready for review, and only while the rationale rule is met', () => {
    const held = renderPanel(draftWith({}), signedIn(PRIYA, 'member'), { rationaleMissing: true });
    expect(screen.getByRole('button', { name: 'Ready for review' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Agree' })).not.toBeInTheDocument();
    expect(held.edits()).toBe(0);
  });

  it('marks the work ready, announcing the new status and moving focus to it', () => {
    const held = renderPanel(draftWith({ reviewer: MARCUS.title, reviewerLogin: MARCUS.loginName }), signedIn(PRIYA, 'member'));
    fireEvent.click(screen.getByRole('button', { name: 'Ready for review' }));
    expect(held.draft().status).toBe('ready-for-review');
    const status = screen.getByText('Status: Ready for review').closest('p')!;
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Waiting for Marcus Reid to review it.');
    expect(status).toHaveFocus();
  });

  it('shows another member why they cannot agree, and no Agree or Send back', () => {
    renderPanel(ready, signedIn(PRIYA, 'member'));
    expect(screen.queryByRole('button', { name: 'Agree' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send back' })).not.toBeInTheDocument();
    expect(screen.getByText('Only Marcus Reid, the named reviewer, or a site owner can agree this capability or send it back.')).toBeInTheDocument();
    // The owner may still take the work back.
    expect(screen.getByRole('button', { name: 'Mark in progress' })).toBeEnabled();
  });

  it('lets the named reviewer agree, which changes the status only', () => {
    const held = renderPanel(ready, signedIn(MARCUS, 'member'));
    fireEvent.click(screen.getByRole('button', { name: 'Agree' }));
    expect(held.draft()).toEqual({ ...ready, status: 'agreed' });
  });

  it('lets a site owner agree when no reviewer is named', () => {
    const held = renderPanel({ ...ready, reviewer: '', reviewerLogin: '' }, signedIn(OLIVIA, 'owner'));
    expect(screen.getByText(/No reviewer is named, so a site owner reviews it\./)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Agree' }));
    expect(held.draft().status).toBe('agreed');
  });

  it('needs a comment to send work back, and shows the comment until the work is ready again', async () => {
    const held = renderPanel(ready, signedIn(MARCUS, 'member'));
    fireEvent.click(screen.getByRole('button', { name: 'Send back' }));
    const field = screen.getByRole('textbox', { name: /What needs more work/ });
    expect(field).toHaveFocus();
    expect(field).toBeRequired();

    fireEvent.click(screen.getByRole('button', { name: 'Send back with this comment' }));
    expect(await screen.findByText('Say what needs more work, so the owner knows what to change.')).toBeInTheDocument();
    expect(held.edits()).toBe(0);
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send back with this comment' }));
    expect(held.edits()).toBe(0);

    fireEvent.change(field, { target: { value: '  Evidence for the backup tests is missing.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send back with this comment' }));
    expect(held.draft()).toEqual({ ...ready, status: 'in-progress', reviewComment: 'Evidence for the backup tests is missing.' });
    expect(await screen.findByText('Sent back for more work')).toBeInTheDocument();
    expect(screen.getByText('Evidence for the backup tests is missing.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /What needs more work/ })).not.toBeInTheDocument();

    // Marked ready again: the comment has done its job and goes.
    fireEvent.click(screen.getByRole('button', { name: 'Ready for review' }));
    expect(held.draft()).toEqual({ ...ready, status: 'ready-for-review', reviewComment: '' });
    expect(screen.queryByText('Sent back for more work')).not.toBeInTheDocument();
  });

  it('cancels sending back without changing anything, and gives focus back to Send back', () => {
    const held = renderPanel(ready, signedIn(OLIVIA, 'owner'));
    fireEvent.click(screen.getByRole('button', { name: 'Send back' }));
    fireEvent.change(screen.getByRole('textbox', { name: /What needs more work/ }), { target: { value: 'Not sure yet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(held.edits()).toBe(0);
    expect(screen.getByRole('button', { name: 'Send back' })).toHaveFocus();
  });

  it('shows who agreed and when, locks the reviewer, and reopens by changing the status only', async () => {
    const agreed = { ...ready, status: 'agreed' as const };
    const response: StoredResponse = { ...agreed, itemId: 5, etag: '"2"', assessmentId: 1, capability: 'configuration', modified: null, agreedBy: 'Olivia Owen', agreedAt: '2026-03-04T10:15:00Z' };
    const held = renderPanel(agreed, signedIn(PRIYA, 'member'), { response });
    expect(await screen.findByText(/^Agreed by Olivia Owen on 4 March 2026\./)).toBeInTheDocument();
    // Agreed work is locked: the reviewer cannot be changed until it is reopened.
    expect(screen.getByRole('button', { name: /^Remove/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Ready for review' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(held.draft()).toEqual({ ...agreed, status: 'in-progress' });
  });

  it('shows a visitor where the review stands and offers nothing', async () => {
    const agreed = { ...ready, status: 'agreed' as const };
    renderPanel(agreed, signedIn(MARCUS, 'visitor'), { readOnly: true, response: { ...agreed, itemId: 5, etag: '"2"', assessmentId: 1, capability: 'c', modified: null, agreedBy: 'Olivia Owen', agreedAt: null } });
    expect(await screen.findByText('Agreed by Olivia Owen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
  });
});

describe('the people picker', () => {
  function renderPicker(store: PeopleStore, person: PickedPerson = { name: '', login: '' }): jest.Mock {
    const onChange = jest.fn();
    const Harness: React.FC = () => {
      const [chosen, setChosen] = React.useState(person);
      return (
        <StoreContext.Provider value={store}>
          <PersonPicker
            label="Capability owner"
            person={chosen}
            disabled={false}
            onChange={(p) => {
              onChange(p);
              setChosen(p);
            }}
          />
        </StoreContext.Provider>
      );
    };
    render(<Harness />);
    return onChange;
  }

  function type(input: HTMLElement, text: string): void {
    for (let i = 1; i <= text.length; i++) fireEvent.input(input, { target: { value: text.slice(0, i) } });
  }

  it('is labelled, searches once typing stops, announces what it found and picks by keyboard', async () => {
    const store = new PeopleStore();
    const onChange = renderPicker(store);
    const input = screen.getByRole('combobox', { name: 'Capability owner' });
    input.focus();
    type(input, 'marc');
    await screen.findByText('Marcus Reid');
    // One search for the whole word, not one per keystroke.
    expect(store.searches).toEqual(['marc']);
    await waitFor(() => expect(screen.getByText('People found. Use the up and down arrow keys to choose one, then press Enter.')).toBeInTheDocument());
    fireEvent.keyDown(input, { key: 'Enter', which: 13, keyCode: 13 });
    expect(onChange).toHaveBeenCalledWith({ name: 'Marcus Reid', login: MARCUS.loginName });
    expect(screen.getByRole('list', { name: 'Capability owner' })).toHaveTextContent('Marcus Reid');
    expect(screen.getByRole('button', { name: /^Remove Marcus Reid/ })).toBeInTheDocument();
  });

  it('says so when nobody matches', async () => {
    const store = new PeopleStore();
    renderPicker(store);
    const input = screen.getByRole('combobox', { name: 'Capability owner' });
    input.focus();
    type(input, 'zz');
    expect(await screen.findByText('Nobody on this site matches. Check the spelling, or try part of their e-mail address.')).toBeInTheDocument();
  });

  it('clears the person with the remove button', () => {
    const onChange = renderPicker(new PeopleStore(), { name: 'Marcus Reid', login: MARCUS.loginName });
    fireEvent.click(screen.getByRole('button', { name: /^Remove Marcus Reid/ }));
    expect(onChange).toHaveBeenCalledWith({ name: '', login: '' });
  });

  it('says when the site\'s people cannot be searched and lets the name be typed instead', async () => {
    const store = new PeopleStore();
    store.searchFailure = new StoreError('unavailable', 'SharePoint is not answering at the moment. Try again in a few minutes.');
    const onChange = renderPicker(store);
    const input = screen.getByRole('combobox', { name: 'Capability owner' });
    input.focus();
    type(input, 'Sam');
    // Fluent fills the alert a moment after it appears, so screen readers announce the words.
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('This site\u2019s people could not be searched: SharePoint is not answering at the moment. Try again in a few minutes. Type the name instead.'));
    const typed = screen.getByRole('textbox', { name: 'Capability owner (type the name)' });
    expect(typed).toHaveFocus();
    expect(typed).toHaveValue('Sam');
    fireEvent.change(typed, { target: { value: 'Sam Jones' } });
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Sam Jones', login: '' });

    // Searching works again: the picker comes back with the typed name chosen.
    store.searchFailure = null;
    fireEvent.click(screen.getByRole('button', { name: 'Search the site\u2019s people again' }));
    expect(screen.getByRole('list', { name: 'Capability owner' })).toHaveTextContent('Sam Jones');
    await act(async () => undefined);
  });
});
