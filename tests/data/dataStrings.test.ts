/**
 * The data layer's messages live in src/loc/dataStrings.ts (DataStrings), not in src/data. This
 * reads every .ts file under src/data with the TypeScript parser and fails on any string or
 * template literal whose own text reads as words (three in a row, or two ending a sentence):
 * a StoreError message, a DataIssue problem, a set-up change or a progress step written in place.
 * Comments are not literals, so they never count. What must stay is listed in ALLOWED with the
 * reason, and an entry that no longer matches anything fails too, so the list cannot go stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { DataStrings } from '../../src/loc/strings';
import { formatString } from '../../src/loc/format';
import { describeWait } from '../../src/data/sp/toStoreError';
import { buildModel } from '../../src/data/store/modelReads';
import { headerOf } from '../../src/data/mappers/modelVersion';
import { capabilityToItem } from '../../src/data/mappers/modelParts';
import { F } from '../../src/data/schema/names';
import { getDefaultModel } from '../../src/nimm/defaultModel';

const root = path.resolve(__dirname, '..', '..');
const dataRoot = path.join(root, 'src', 'data');

/**
 * Files that are SharePoint's schema rather than messages: list titles and column internal names,
 * and the lists' descriptions and columns' display names that set-up writes to a site once.
 */
const SCHEMA_FILES = ['schema/names.ts', 'schema/lists.ts'];

/**
 * Literals that read as words but are no message, by file and text (a template's ${...} shown as
 * "${}"). Each with the reason it stays.
 */
const ALLOWED: { file: string; text: string; why: string }[] = [
  { file: 'sp/largeRead.ts', text: 'Id ge ${} and Id le ${} and (${})', why: 'an OData filter' },
  { file: 'store/siteDocuments.ts', text: 'BaseTemplate eq ${} and Hidden eq false', why: 'an OData filter' },
  { file: 'mappers/assessment.ts', text: 'Model version ID', why: "a column's display name (schema/lists.ts), as SharePoint shows it" },
  { file: 'mappers/assessment.ts', text: 'Capabilities in scope (JSON)', why: "a column's display name (schema/lists.ts), as SharePoint shows it" },
  { file: 'mappers/assessment.ts', text: 'Previous assessment ID', why: "a column's display name (schema/lists.ts), as SharePoint shows it" },
  {
    file: 'mappers/workshopScore.ts',
    text: 'The scores would take ${} characters; SharePoint keeps at most ${}.',
    why: 'a plain Error only ever kept as a StoreError cause, for logs: perspective keys are short, so only a corrupt caller meets it'
  }
];

/** Literal text that reads as words: three words in a row, or two that end a sentence. */
const WORDS = /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+|[A-Za-z]+ [A-Za-z]+[.!?]/;

interface Found {
  file: string;
  line: number;
  text: string;
}

/** The literals of one source file that read as words, each with the text of its own parts. */
function wordyLiterals(file: string, source: string): Found[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Found[] = [];
  const add = (node: ts.Node, parts: string[]): void => {
    if (parts.some((part) => WORDS.test(part))) {
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: parts.join('${}') });
    }
  };
  const visit = (node: ts.Node): void => {
    const parent = node.parent;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const isModule = parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent));
      const isKey = parent !== undefined && ts.isPropertyAssignment(parent) && parent.name === node;
      if (!isModule && !isKey) add(node, [node.text]);
    } else if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function dataFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return dataFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function allFound(): Found[] {
  return dataFiles(dataRoot)
    .map((full) => path.relative(dataRoot, full).split(path.sep).join('/'))
    .filter((file) => !SCHEMA_FILES.includes(file))
    .flatMap((file) => wordyLiterals(file, fs.readFileSync(path.join(dataRoot, file), 'utf8')));
}

const isAllowed = (f: Found): boolean => ALLOWED.some((a) => a.file === f.file && a.text === f.text);

describe('the data layer keeps its messages in DataStrings', () => {
  it('writes no message in src/data: each is a DataStrings template', () => {
    const offenders = allFound().filter((f) => !isAllowed(f)).map((f) => `src/data/${f.file}:${f.line}: ${f.text}`);
    // A new message goes in src/loc/dataStrings.ts (docs/contributing.md, "Adding a string").
    expect(offenders).toEqual([]);
  });

  it('allows only literals that are still there', () => {
    const found = allFound();
    const stale = ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.text === a.text));
    expect(stale).toEqual([]);
  });

  it('would catch a message written in place, however it is built', () => {
    const source = [
      "// A comment that reads as words is not a literal.",
      "import { StoreError } from '../errors';",
      "const filter = `Id eq ${id}`;",
      "const map = { 'Model key': 1 };",
      "throw new StoreError('invalid-data', 'The assessment could not be started.');",
      "throw new StoreError('conflict', `Could not ${action}: try again.`);",
      "issues.push({ list, itemId, problem: `it answers capability \"${key}\", which the model lacks` });",
      "report('Nothing changed.');"
    ].join('\n');
    expect(wordyLiterals('example.ts', source).map((f) => f.line)).toEqual([5, 6, 7, 8]);
  });
});

/** Every template of DataStrings with its path, however deeply grouped. */
function templates(value: unknown, at: string): { at: string; text: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ at, text: value }];
  return Object.entries(value).flatMap(([key, inner]) => templates(inner, `${at}.${key}`));
}

describe('DataStrings', () => {
  const all = templates(DataStrings, 'DataStrings');

  it('holds only text', () => {
    expect(all.filter((t) => typeof t.text !== 'string')).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });

  it('uses formatString placeholders only, {0} upwards with none skipped', () => {
    const wrong = all.filter(({ text }) => {
      const template = text as string;
      if (/\{(?!\d+\})/.test(template)) return true;
      const used = Array.from(new Set((template.match(/\{\d+\}/g) ?? []).map((p) => Number(p.slice(1, -1)))));
      return used.some((n) => n >= used.length);
    });
    expect(wrong).toEqual([]);
  });
});

describe('plural forms', () => {
  it('says a wait as people say it', () => {
    expect([1, 40, 90, 150].map(describeWait)).toEqual(['1 second', '40 seconds', 'about 2 minutes', 'about 3 minutes']);
  });

  it('counts missing capabilities in words that agree with the numbers', () => {
    const model = getDefaultModel();
    const header = { Id: 7, Title: model.name, [F.modelKey]: model.key, [F.version]: model.version, [F.status]: 'published', [F.header]: JSON.stringify(headerOf(model)) };
    const capabilities = (n: number) => model.capabilities.slice(0, n).map((c, i) => ({ Id: 100 + i, ...capabilityToItem(7, c, i) }));
    const countProblem = (expected: number, found: number): string | undefined =>
      buildModel({ ...header, [F.capabilityCount]: expected }, capabilities(found), []).issues.map((i) => i.problem).find((p) => p.startsWith('model version 7 should'));
    expect(countProblem(1, 0)).toBe('model version 7 should have 1 capability but it was not found');
    expect(countProblem(3, 1)).toBe('model version 7 should have 3 capabilities but only 1 was found');
    expect(countProblem(3, 2)).toBe('model version 7 should have 3 capabilities but only 2 were found');
    expect(countProblem(2, 2)).toBeUndefined();
  });

  it('fills a template with values that hold braces or dollar signs as they are', () => {
    expect(formatString(DataStrings.Errors.PlaceListItem, 'Costs {0} $&', 3)).toBe(' (list "Costs {0} $&", item 3)');
  });
});
