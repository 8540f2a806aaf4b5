/**
 * Evaluates a parsed `$filter` and compares values for `$orderby`. The column decides how a
 * literal is read: `Flag eq 1` on a Boolean column, `Due lt '2024-01-01'` on a DateTime column.
 * Text comparisons ignore case, as SharePoint's SQL collation does.
 */
import { errors } from '../errors';
import { CmpOp, FilterNode, Operand } from './filter';

export type ValueKind = 'string' | 'number' | 'bool' | 'datetime' | 'multi';

export interface Typed {
  value: unknown;
  kind: ValueKind;
}

/** Looks a column up by name for one row; throws SharePoint's error for an unknown column. */
export type Resolver = (name: string) => Typed;

function isNull(t: Typed): boolean {
  return t.value === null || t.value === undefined || t.value === '' || (Array.isArray(t.value) && t.value.length === 0);
}

function toBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return /^(1|true|yes)$/i.test(String(v));
}

function toTime(v: unknown): number {
  const t = Date.parse(String(v));
  if (Number.isNaN(t)) throw errors.badQuery(`'${String(v)}' is not a valid date and time.`);
  return t;
}

function cmpPlain(a: Typed, b: Typed): number {
  const kind = [a.kind, b.kind].includes('datetime') ? 'datetime'
    : [a.kind, b.kind].includes('bool') ? 'bool'
      : [a.kind, b.kind].includes('number') ? 'number' : 'string';
  if (kind === 'datetime') return Math.sign(toTime(a.value) - toTime(b.value));
  if (kind === 'bool') return Number(toBool(a.value)) - Number(toBool(b.value));
  if (kind === 'number') {
    const x = Number(a.value);
    const y = Number(b.value);
    if (Number.isNaN(x) || Number.isNaN(y)) throw errors.badValue('Edm.Double');
    return Math.sign(x - y);
  }
  return String(a.value).localeCompare(String(b.value), 'en', { sensitivity: 'accent' });
}

/** Orders two values of one column; empty values sort first, as in SharePoint. */
export function compareTyped(a: Typed, b: Typed): number {
  const an = isNull(a);
  const bn = isNull(b);
  if (an || bn) return an === bn ? 0 : an ? -1 : 1;
  if (Array.isArray(a.value) || Array.isArray(b.value)) {
    return String(a.value).localeCompare(String(b.value), 'en', { sensitivity: 'accent' });
  }
  return cmpPlain(a, b);
}

function applyOp(op: CmpOp, c: number): boolean {
  switch (op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    case 'gt': return c > 0;
    case 'ge': return c >= 0;
  }
}

function compare(op: CmpOp, a: Typed, b: Typed): boolean {
  const an = isNull(a);
  const bn = isNull(b);
  if (an || bn) {
    if (op === 'eq') return an && bn;
    if (op === 'ne') return !(an && bn);
    return false;
  }
  // A multi-value column matches when any of its values does.
  if (Array.isArray(a.value)) {
    const hit = a.value.some((v) => applyOp('eq', cmpPlain({ value: v, kind: 'string' }, b)));
    return op === 'ne' ? !hit : op === 'eq' ? hit : false;
  }
  return applyOp(op, cmpPlain(a, b));
}

function operand(o: Operand, resolve: Resolver): Typed {
  if (o.kind === 'field') return resolve(o.name);
  const kind = o.type === 'null' ? 'string' : o.type;
  return { value: o.value, kind };
}

export function matches(n: FilterNode, resolve: Resolver): boolean {
  switch (n.kind) {
    case 'and': return matches(n.left, resolve) && matches(n.right, resolve);
    case 'or': return matches(n.left, resolve) || matches(n.right, resolve);
    case 'not': return !matches(n.expr, resolve);
    case 'cmp': return compare(n.op, operand(n.left, resolve), operand(n.right, resolve));
    case 'call': {
      const [a, b] = n.args.map((x) => operand(x, resolve));
      // substringof(needle, haystack) / startswith(haystack, prefix)
      const [hay, needle] = n.name === 'substringof' ? [b, a] : [a, b];
      if (isNull(hay)) return false;
      const h = String(hay.value).toLowerCase();
      const s = String(needle.value ?? '').toLowerCase();
      return n.name === 'substringof' ? h.includes(s) : h.startsWith(s);
    }
  }
}
