/**
 * The OData v3 `$filter` subset SharePoint list REST accepts: eq/ne/lt/le/gt/ge, and/or/not,
 * parentheses, string/number/boolean/null/datetime'…' literals, `substringof('x',Field)` and
 * `startswith(Field,'x')`. Parsed to a tree so the list view threshold check can find the
 * first clause.
 */
import { errors } from '../errors';

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type LiteralType = 'string' | 'number' | 'bool' | 'null' | 'datetime';

export type Operand =
  | { kind: 'field'; name: string }
  | { kind: 'lit'; value: string | number | boolean | null; type: LiteralType };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: CmpOp; left: Operand; right: Operand }
  | { kind: 'call'; name: 'substringof' | 'startswith'; args: Operand[] };

type Token =
  | { t: 'lp' | 'rp' | 'comma' }
  | { t: 'word'; v: string }
  | { t: 'lit'; v: string | number | boolean | null; type: LiteralType };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { out.push({ t: 'lp' }); i++; continue; }
    if (c === ')') { out.push({ t: 'rp' }); i++; continue; }
    if (c === ',') { out.push({ t: 'comma' }); i++; continue; }
    const prefixed = /^(datetime|guid)'/i.exec(s.slice(i));
    if (c === "'" || prefixed) {
      const type: LiteralType = prefixed && prefixed[1].toLowerCase() === 'datetime' ? 'datetime' : 'string';
      let j = i + (prefixed ? prefixed[0].length : 1);
      let v = '';
      for (;;) {
        if (j >= s.length) throw errors.badQuery(`Unterminated string literal in $filter at position ${i}.`);
        if (s[j] === "'") {
          if (s[j + 1] === "'") { v += "'"; j += 2; continue; }
          break;
        }
        v += s[j++];
      }
      out.push({ t: 'lit', v, type });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlDdMmFf]?/.exec(s.slice(i));
    if (num) {
      out.push({ t: 'lit', v: parseFloat(num[0]), type: 'number' });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][\w./]*/.exec(s.slice(i));
    if (!word) throw errors.badQuery(`Syntax error at position ${i} in $filter '${s}'.`);
    const w = word[0];
    const lw = w.toLowerCase();
    if (lw === 'true' || lw === 'false') out.push({ t: 'lit', v: lw === 'true', type: 'bool' });
    else if (lw === 'null') out.push({ t: 'lit', v: null, type: 'null' });
    else out.push({ t: 'word', v: w });
    i += w.length;
  }
  return out;
}

const CMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[], private readonly text: string) {}

  parse(): FilterNode {
    const n = this.or();
    if (this.i < this.toks.length) this.fail();
    return n;
  }
  private fail(): never {
    throw errors.badQuery(`The expression "${this.text}" is not valid.`);
  }
  private peekWord(): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'word' ? t.v.toLowerCase() : null;
  }
  private or(): FilterNode {
    let left = this.and();
    while (this.peekWord() === 'or') { this.i++; left = { kind: 'or', left, right: this.and() }; }
    return left;
  }
  private and(): FilterNode {
    let left = this.unary();
    while (this.peekWord() === 'and') { this.i++; left = { kind: 'and', left, right: this.unary() }; }
    return left;
  }
  private unary(): FilterNode {
    if (this.peekWord() === 'not') { this.i++; return { kind: 'not', expr: this.unary() }; }
    const t = this.toks[this.i];
    if (t && t.t === 'lp') {
      this.i++;
      const inner = this.or();
      if (this.toks[this.i]?.t !== 'rp') this.fail();
      this.i++;
      return inner;
    }
    const fn = this.peekWord();
    if ((fn === 'substringof' || fn === 'startswith') && this.toks[this.i + 1]?.t === 'lp') {
      this.i += 2;
      const args = [this.operand()];
      while (this.toks[this.i]?.t === 'comma') { this.i++; args.push(this.operand()); }
      if (this.toks[this.i]?.t !== 'rp' || args.length !== 2) this.fail();
      this.i++;
      const call: FilterNode = { kind: 'call', name: fn, args };
      // `substringof('x',F) eq true` is also accepted by SharePoint.
      const op = this.peekWord();
      if (op && CMP.has(op)) {
        this.i++;
        const rhs = this.operand();
        const wantTrue = rhs.kind === 'lit' && (rhs.value === true || rhs.value === 1);
        return (op === 'eq') === wantTrue ? call : { kind: 'not', expr: call };
      }
      return call;
    }
    const left = this.operand();
    const op = this.peekWord();
    if (!op || !CMP.has(op)) this.fail();
    this.i++;
    return { kind: 'cmp', op: op as CmpOp, left, right: this.operand() };
  }
  private operand(): Operand {
    const t = this.toks[this.i++];
    if (!t) this.fail();
    if (t.t === 'lit') return { kind: 'lit', value: t.v, type: t.type };
    if (t.t === 'word') return { kind: 'field', name: t.v };
    return this.fail();
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text), text).parse();
}

/** Every field named anywhere in the filter. */
export function filterFields(n: FilterNode): string[] {
  const ops = (xs: Operand[]): string[] => xs.filter((o) => o.kind === 'field').map((o) => (o as { name: string }).name);
  switch (n.kind) {
    case 'and': case 'or': return [...filterFields(n.left), ...filterFields(n.right)];
    case 'not': return filterFields(n.expr);
    case 'cmp': return ops([n.left, n.right]);
    case 'call': return ops(n.args);
  }
}

/** The leftmost clause: the one SharePoint must serve from an index on a large list. */
export function firstClause(n: FilterNode): FilterNode {
  if (n.kind === 'and' || n.kind === 'or') return firstClause(n.left);
  if (n.kind === 'not') return firstClause(n.expr);
  return n;
}
