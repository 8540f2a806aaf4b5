/**
 * $filter, $orderby and $top over small metadata collections (lists, fields), evaluated on the
 * entities' own properties. List items have their own, column-aware query (handlers/itemQuery.ts).
 */
import { errors } from '../errors';
import { compareTyped, matches, Typed, ValueKind } from './evaluate';
import { Entity } from './format';
import { ODataQuery } from './query';

function kindOf(v: unknown): ValueKind {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'multi';
  return 'string';
}

function prop(e: Entity, name: string): Typed {
  const lower = name.toLowerCase();
  for (const bag of [e.props, e.hiddenProps ?? {}]) {
    const k = Object.keys(bag).find((x) => x.toLowerCase() === lower);
    if (k) return { value: bag[k], kind: kindOf(bag[k]) };
  }
  throw errors.badQuery(`The property '${name}' does not exist on type '${e.type}'.`);
}

export function queryEntities(rows: Entity[], q: ODataQuery): Entity[] {
  let out = q.filter ? rows.filter((e) => matches(q.filter!, (n) => prop(e, n))) : rows.slice();
  if (q.orderBy.length) {
    out.sort((a, b) => {
      for (const k of q.orderBy) {
        const c = compareTyped(prop(a, k.field), prop(b, k.field));
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top !== null) out = out.slice(0, q.top);
  return out;
}
