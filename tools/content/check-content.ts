// Authoring aid for the default model's capability files: checks the conventions that the
// model's tests will enforce (keys, three criteria per level, dependency rule, plain English),
// so authors get feedback per file before the whole model is assembled.
// Usage: npx tsx tools/content/check-content.ts src/nimm/defaultModel/capabilities/<file>.json [...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readability as grade, BRAND_NAMES as brands } from './readability';

const catalogue = readFileSync(join(__dirname, '..', '..', 'src', 'nimm', 'defaultModel', 'CATALOGUE.md'), 'utf8');
const known = new Set([...catalogue.matchAll(/^- ([a-z0-9-]+):/gm)].map((m) => m[1]));
const perspectives = new Set(['strategy', 'security', 'technology', 'process', 'people']);

/** Capability JSON as authored: nothing is trusted, every field may be missing. */
interface RawCriterion { key?: string; perspective?: string; text?: string; guidance?: string }
interface RawLevel { level?: number; descriptor?: string; criteria?: RawCriterion[] }
interface RawDependency { level: number; requires?: string; minLevel: number; why?: string }
interface RawCapability { key?: string; levels?: RawLevel[]; dependencies?: RawDependency[]; [field: string]: unknown }

let problems = 0;
const grades: number[] = [];
const report = (where: string, msg: string): void => { problems++; console.log(`${where}: ${msg}`); };
for (const file of process.argv.slice(2)) {
  let caps: RawCapability[];
  try { caps = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { report(file, `not valid JSON: ${(e as Error).message}`); continue; }
  for (const [i, c] of caps.entries()) {
    const at = `${file} ${c.key ?? '#' + i}`;
    if (!known.has(c.key ?? '')) report(at, 'key is not in CATALOGUE.md');
    for (const f of ['name', 'category', 'summary', 'basicDescriptor', 'ownerRole']) if (typeof c[f] !== 'string' || !c[f]) report(at, `missing ${f}`);
    const seenPersp = new Set();
    const lv = (c.levels || []).map((l) => l.level).join(',');
    if (lv !== '2,3,4,5') report(at, `levels must be 2,3,4,5 in order, found ${lv}`);
    for (const l of c.levels || []) {
      const g = grade(l.descriptor || ''); grades.push(g.grade);
      if (!l.descriptor) report(at, `level ${l.level} has no descriptor`);
      if ((l.criteria || []).length !== 3) report(at, `level ${l.level} must have exactly 3 criteria`);
      for (const [n, cr] of (l.criteria || []).entries()) {
        const want = `${c.key}.${l.level}.${n + 1}`;
        if (cr.key !== want) report(at, `criterion key ${cr.key} should be ${want}`);
        if (!perspectives.has(cr.perspective ?? '')) report(at, `${cr.key}: unknown perspective ${cr.perspective}`);
        seenPersp.add(cr.perspective);
        const t = grade(cr.text || ''); grades.push(t.grade);
        if (t.words > 25) report(at, `${cr.key}: criterion has ${t.words} words (max 25)`);
        if (t.grade > 14) report(at, `${cr.key}: criterion reads at grade ${t.grade.toFixed(1)}: simplify`);
        if (!cr.guidance) report(at, `${cr.key}: no guidance`);
      }
      if (l.descriptor && g.grade > 14) report(at, `level ${l.level} descriptor reads at grade ${g.grade.toFixed(1)}: simplify`);
    }
    if (seenPersp.size < 3) report(at, `criteria cover only ${seenPersp.size} perspectives (need 3+)`);
    for (const d of c.dependencies || []) {
      if (!known.has(d.requires ?? '') || d.requires === c.key) report(at, `dependency on unknown or self key ${d.requires}`);
      if (!(d.minLevel >= 2 && d.minLevel <= d.level - 1)) report(at, `dependency on ${d.requires}: need 2 <= minLevel <= level - 1`);
      if (!d.why) report(at, `dependency on ${d.requires} has no why`);
    }
    const all = JSON.stringify(c);
    const b = all.match(brands); if (b) report(at, `mentions a product or company name: "${b[0]}"`);
  }
}
const avg = grades.reduce((a, b) => a + b, 0) / Math.max(1, grades.length);
console.log(`${problems} problem(s); average Flesch-Kincaid grade ${avg.toFixed(2)} over ${grades.length} texts (must be <= 11, aim for <= 9)`);
process.exit(problems ? 1 : 0);
