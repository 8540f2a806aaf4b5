/**
 * The dashboard's Excel workbook (src/components/dashboard/export/workbookSheets.ts) on the default
 * NHS model with the demo trust's assessment: the sheets, their header rows and values, and that
 * text which looks like a formula is written as text. The sheets are also written with
 * write-excel-file and read back with read-excel-file, as a person opening the download would.
 */
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell } from 'write-excel-file/node';
import { capabilitiesInScope, dashboardHeadline, profileGaps } from '../../src/nimm';
import { textCell, workbookFileName, workbookSheets, type WorkbookSheet } from '../../src/components/dashboard/export/workbookSheets';
import { demoView, SITE, TODAY } from './fixtures/dashboardDemo';

function sheetNamed(sheets: WorkbookSheet[], name: string): WorkbookSheet {
  const found = sheets.filter((s) => s.sheet === name)[0];
  if (!found) throw new Error(`No sheet "${name}" among ${sheets.map((s) => s.sheet).join(', ')}`);
  return found;
}

/** A cell's value, whether written as a plain value or as a cell object. */
function valueOf(cell: Cell): unknown {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) && !(cell instanceof String) && !(cell instanceof Number) && !(cell instanceof Boolean) ? cell.value : cell;
}

function rowsOf(sheet: WorkbookSheet): unknown[][] {
  return sheet.data.map((row) => row.map(valueOf));
}

/** The row whose first cells are these values. */
function rowStarting(sheet: WorkbookSheet, ...start: unknown[]): unknown[] {
  const row = rowsOf(sheet).filter((r) => start.every((v, i) => r[i] === v))[0];
  if (!row) throw new Error(`No row starting ${JSON.stringify(start)} in ${sheet.sheet}`);
  return row;
}

describe('the dashboard workbook', () => {
  const data = demoView();
  const sheets = workbookSheets(data, null, { siteUrl: SITE, today: TODAY });

  it('has the five sheets, each with a bold header row that stays in view and a width per column', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Capabilities', 'Gaps', 'Evidence', 'Trends']);
    sheets.forEach((s) => {
      expect(s.stickyRowsCount).toBe(1);
      expect(s.columns.length).toBe(s.data[0].length);
      s.columns.forEach((c) => expect(c.width).toBeGreaterThan(5));
      s.data[0].forEach((cell) => expect(cell).toMatchObject({ type: String, fontWeight: 'bold' }));
    });
    expect(rowsOf(sheetNamed(sheets, 'Capabilities'))[0]).toEqual([
      'Category', 'Capability', 'Foundation', 'Status', 'Review stage', 'Level from the answers', 'Agreed level', 'Assessed level', 'Effective level', 'Held back by'
    ]);
    expect(rowsOf(sheetNamed(sheets, 'Gaps'))[0]).toEqual([
      'Capability', 'Status', 'Effective level', 'Target', 'Gap', 'Met or not', 'Next level', 'Criteria still to meet', 'First criteria to meet', 'Held back by'
    ]);
    expect(rowsOf(sheetNamed(sheets, 'Evidence'))[0]).toEqual([
      'Capability', 'Criterion', 'Name', 'Description', 'Kind', 'Address', 'Review', 'Last changed', 'Expires', 'Expired'
    ]);
    expect(rowsOf(sheetNamed(sheets, 'Trends'))[0]).toEqual(['Category', 'Capability', '20 November 2025', '20 November 2026', 'Since the previous round']);
  });

  it('sums the assessment up as the dashboard does', () => {
    const summary = sheetNamed(sheets, 'Summary');
    const headline = dashboardHeadline(data.shown.model, data.assessment, { report: data.report, responses: data.shown.responses, scope: { kind: 'all' } });
    expect(rowStarting(summary, 'Assessment')[1]).toBe(data.shown.assessment.title);
    expect(rowStarting(summary, 'Model version')[1]).toBe('2026.1');
    expect(rowStarting(summary, 'Organisation level')[1]).toBe(`Level ${headline.level}: ${headline.levelName}`);
    expect(rowStarting(summary, 'Organisation score')[1]).toBeCloseTo(headline.score as number, 10);
    expect(rowStarting(summary, 'How the level is worked out')[1]).toBe(headline.rule);
    expect(rowStarting(summary, 'Assessment progress')[1]).toBe(`${headline.progress.complete} of ${headline.progress.capabilities} capabilities complete`);
    expect(rowStarting(summary, 'Target compared with')[1]).toBe('Level 3 standardised baseline');
    expect(rowStarting(summary, 'Exported')[1]).toBe('1 December 2026');
  });

  it('lists every capability in the round\'s scope with its levels, and what holds it back', () => {
    const capabilities = sheetNamed(sheets, 'Capabilities');
    expect(capabilities.data.length - 1).toBe(data.shown.model.capabilities.length);
    const score = data.report.capabilities['change-management'];
    const row = rowStarting(capabilities, 'Infrastructure patterns and practices', 'Change management');
    expect(row.slice(3, 9)).toEqual(['assessed', 'In progress', score.computedLevel, null, score.assessedLevel, score.effectiveLevel]);
    // A capability held back names what holds it, with the levels.
    const held = rowsOf(capabilities).filter((r) => typeof r[9] === 'string' && /\(needs level \d, is at \d\)/.test(r[9] as string));
    expect(held.length).toBeGreaterThan(0);
    // A narrower scope lists only its capabilities.
    const foundationOnly = workbookSheets(demoView({ inScope: { kind: 'foundation' } }), null, { siteUrl: SITE, today: TODAY });
    expect(sheetNamed(foundationOnly, 'Capabilities').data.length - 1).toBe(capabilitiesInScope(data.shown.model, { kind: 'foundation' }).length);
  });

  it('gives the gaps to the target profile, furthest first, with the next level\'s criteria still to meet', () => {
    const gaps = sheetNamed(sheets, 'Gaps');
    const report = profileGaps(data.shown.model, data.assessment, 'level-3-baseline', { report: data.report });
    const rows = rowsOf(gaps).slice(1);
    expect(rows.length).toBe(report.gaps.length + report.leftOut.length);
    const gapColumn = rows.slice(0, report.gaps.length).map((r) => r[4] as number);
    expect(gapColumn).toEqual(gapColumn.slice().sort((a, b) => b - a));
    const first = report.gaps.filter((g) => g.gap === Math.max(...report.gaps.map((x) => x.gap)))[0];
    expect(rows[0].slice(0, 6)).toEqual([first.name, first.status === 'assessed' ? 'assessed' : 'not assessed', first.effectiveLevel, 3, first.gap, 'Not met']);
    const withCriteria = rows.filter((r) => typeof r[7] === 'number' && (r[7] as number) > 0)[0];
    expect(withCriteria[6]).toEqual(expect.any(Number));
    expect(String(withCriteria[8]).length).toBeGreaterThan(0);
    // Another profile when one is chosen.
    const chosen = workbookSheets(data, 'foundation-first', { siteUrl: SITE, today: TODAY });
    expect(sheetNamed(chosen, 'Gaps').data.length - 1).toBe(5);
    expect(rowStarting(sheetNamed(chosen, 'Summary'), 'Target compared with')[1]).not.toBe('Level 3 standardised baseline');
  });

  it('lists the evidence with absolute addresses, kinds, review and expiry', () => {
    const rows = rowsOf(sheetNamed(sheets, 'Evidence')).slice(1);
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual([
      'Change management',
      expect.stringMatching(/^Level 2: /),
      'Change policy.pdf',
      '=HYPERLINK("https://evil.example","Click")',
      'file',
      'https://kestrelvale.sharepoint.com/sites/nimm/NIMM%20Evidence/Change%20policy.pdf',
      'not reviewed',
      '2 November 2026',
      '31 January 2026',
      'Yes'
    ]);
    expect(rows[1].slice(2, 10)).toEqual(['@SUM(A1)', '', 'web link', 'https://intranet.example/cab-minutes', 'accepted', '2 November 2026', '31 March 2027', 'No'].map((v) => (v === '' ? null : v)));
    // An address that may not be opened is written as it is, as text, never as a link.
    expect(rows[2][5]).toBe('javascript:alert(1)');
    // Evidence of a capability the model does not have comes last, under its key.
    expect(rows[3][0]).toBe('no-such-capability');
  });

  it('writes text that starts like a formula (= + - @) as text, never as a formula', () => {
    for (const text of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(textCell(text)).toEqual({ value: text, type: String, format: '@' });
    }
    expect(textCell('Change policy')).toEqual({ value: 'Change policy', type: String });
    expect(textCell('')).toBeNull();
    // Every text cell in the workbook is a string cell; those starting like a formula have the Text format.
    let risky = 0;
    sheets.forEach((s) =>
      s.data.forEach((row) =>
        row.forEach((cell) => {
          if (cell === null || cell === undefined || typeof cell !== 'object' || !('value' in cell)) return;
          expect(cell.type === String || cell.type === Number).toBe(true);
          if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
            risky += 1;
            expect(cell).toMatchObject({ type: String, format: '@' });
          }
        })
      )
    );
    expect(risky).toBeGreaterThanOrEqual(4);
  });

  it('shows each capability by round in the trends', () => {
    const trends = sheetNamed(sheets, 'Trends');
    const row = rowStarting(trends, 'Infrastructure patterns and practices', 'Change management');
    const level = data.report.capabilities['change-management'].effectiveLevel;
    expect(row[3]).toBe(level);
    expect(typeof row[2]).toBe('number');
    // A capability answered only this year was not assessed last year.
    const only = data.assessment.responses[12].capability;
    const name = data.shown.model.capabilities.filter((c) => c.key === only)[0].name;
    expect(rowsOf(trends).filter((r) => r[1] === name)[0][2]).toBe('not assessed');
  });

  it('names the file after the assessment and the date, without characters a file name cannot hold', () => {
    expect(workbookFileName(data.shown.assessment.title, TODAY)).toBe('NIMM Kestrel Vale NHS Foundation Trust infrastructure self-assessment 2026 2026-12-01.xlsx');
    expect(workbookFileName('a/b\\c:d*e?f"g<h>i|j\u0007k. ', TODAY)).toBe('NIMM a b c d e f g h i j k. 2026-12-01.xlsx');
    expect(workbookFileName('..', '')).toBe('NIMM.xlsx');
  });

  it('makes a workbook Excel reads back: the sheets, the rows, and formula-like text as text', async () => {
    const buffer = await writeXlsxFile(sheets).toBuffer();
    const read = await readXlsxFile(buffer);
    expect(read.map((s) => s.sheet)).toEqual(['Summary', 'Capabilities', 'Gaps', 'Evidence', 'Trends']);
    const capabilities = read.filter((s) => s.sheet === 'Capabilities')[0].data;
    expect(capabilities.length - 1).toBe(data.shown.model.capabilities.length);
    const evidenceRows = read.filter((s) => s.sheet === 'Evidence')[0].data;
    expect(evidenceRows[1][3]).toBe('=HYPERLINK("https://evil.example","Click")');
    // No cell of any sheet is a formula.
    const files = unzipSync(new Uint8Array(buffer));
    const sheetFiles = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetFiles.length).toBe(5);
    sheetFiles.forEach((name) => expect(strFromU8(files[name])).not.toMatch(/<f[ >]/));
    // The header row is frozen.
    expect(strFromU8(files[sheetFiles[0]])).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });
});
