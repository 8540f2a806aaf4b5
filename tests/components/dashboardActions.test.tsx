/** @jest-environment jsdom */
/**
 * The dashboard's actions row (export/DashboardActions.tsx): the workbook download with its
 * progress and failures in words, printing a board paper, and what happens inside Teams instead.
 * write-excel-file is replaced by a fake whose loading and writing each test controls.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { DashboardActions } from '../../src/components/dashboard/export/DashboardActions';
import { BOARD_PAPER_CLASS } from '../../src/components/dashboard/export/BoardPaper';
import { demoView, SITE } from './fixtures/dashboardDemo';

setIconOptions({ disableWarnings: true });

const mockToFile = jest.fn<Promise<void>, [string]>();
const mockWriter = jest.fn((_sheets: unknown) => ({ toFile: mockToFile, toBlob: jest.fn() }));
let mockLoadFails = false;
jest.mock('write-excel-file/browser', () => ({
  __esModule: true,
  get default() {
    if (mockLoadFails) throw new Error('Loading chunk nimm-export failed.\n    at stack (app.js:1:1)');
    return mockWriter;
  }
}));

const data = demoView();
const teams = { kind: 'teams-tab', theme: 'default', clientName: 'Teams', configuring: false } as const;

beforeEach(() => {
  mockLoadFails = false;
  mockToFile.mockReset();
  mockWriter.mockClear();
});

describe('the dashboard\'s actions', () => {
  it('downloads the workbook, saying so while it works and when it is done', async () => {
    let finish!: () => void;
    mockToFile.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    render(<DashboardActions data={data} host={{ kind: 'sharepoint' }} siteUrl={SITE} />);
    expect(screen.getByRole('group', { name: 'Download or print the dashboard' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Download as Excel' }));
    expect(await screen.findByRole('button', { name: 'Preparing the workbook\u2026' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the workbook\u2026');
    await waitFor(() => expect(mockToFile).toHaveBeenCalled());
    const sheets = mockWriter.mock.calls[0][0] as Array<{ sheet: string }>;
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Capabilities', 'Gaps', 'Evidence', 'Trends']);
    const fileName = mockToFile.mock.calls[0][0];
    expect(fileName).toMatch(/^NIMM Kestrel Vale NHS Foundation Trust infrastructure self-assessment 2026 \d{4}-\d{2}-\d{2}\.xlsx$/);
    await act(async () => finish());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${fileName}.`));
    expect(screen.getByRole('button', { name: 'Download as Excel' })).not.toHaveAttribute('aria-disabled');
  });

  it('says in words why the workbook could not be made, never the error behind it', async () => {
    mockToFile.mockRejectedValue(new Error('boom\n    at writeXlsxFile (index.js:1:1)'));
    render(<DashboardActions data={data} host={{ kind: 'sharepoint' }} siteUrl={SITE} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download as Excel' }));
    expect(await screen.findByText(/^The workbook could not be made: something went wrong while writing it\. Try again/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/boom|at writeXlsxFile/);
    expect(screen.getByRole('button', { name: 'Download as Excel' })).toBeInTheDocument();
  });

  it('says so when the part that writes workbooks does not load', async () => {
    mockLoadFails = true;
    render(<DashboardActions data={data} host={{ kind: 'sharepoint' }} siteUrl={SITE} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download as Excel' }));
    expect(await screen.findByText(/^The workbook could not be made: the part of the dashboard that writes workbooks did not load\. Check your connection/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Loading chunk|app\.js/);
    expect(mockToFile).not.toHaveBeenCalled();
  });

  it('prints the board paper, which is in a print-only container of its own under <body>', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      const { unmount } = render(<DashboardActions data={data} host={{ kind: 'sharepoint' }} siteUrl={SITE} />);
      const paper = document.querySelector(`body > .${BOARD_PAPER_CLASS}`) as HTMLElement;
      expect(paper).not.toBeNull();
      expect(paper.querySelector('h1')).toHaveTextContent(`Infrastructure maturity: ${data.shown.assessment.title}`);
      expect(paper.querySelector('style')!.textContent).toMatch(/@page \{ size: A4; margin: 18mm; \}/);
      expect(Array.from(paper.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['Summary', 'Levels by category', 'Gaps against Level 3 standardised baseline']);
      fireEvent.click(screen.getByRole('button', { name: 'Print a board paper' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      unmount();
      expect(document.querySelector(`.${BOARD_PAPER_CLASS}`)).toBeNull();
    } finally {
      print.mockRestore();
    }
  });

  it('inside Teams, offers the page in a browser instead of printing', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      render(<DashboardActions data={data} host={teams} siteUrl={SITE} />);
      fireEvent.click(screen.getByRole('button', { name: 'Print a board paper' }));
      // Fluent's MessageBar draws its text a moment later, so a screen reader announces it.
      expect(await screen.findByText(/^Printing is not available inside the Teams app\./)).toBeInTheDocument();
      const link = await screen.findByRole('link', { name: /^Open in browser/ });
      expect(link).toHaveAttribute('href', window.location.href);
      expect(link).toHaveAttribute('target', '_blank');
      expect(print).not.toHaveBeenCalled();
    } finally {
      print.mockRestore();
    }
  });
});
