/**
 * Finds fields a schema does not define. zod drops them silently, so a misspelt optional field
 * ("guidence") would vanish without a word; reporting them as warnings keeps the file valid
 * (other tools may add their own fields) while still catching typos.
 */
import { z } from 'zod';
import { formatPath, PathSegment, Problem, quote } from './problems';
import { describeSubject } from './zodProblems';

/** Warnings for every object field in `input` that `schema` does not define. */
export function findUnknownFields(schema: z.ZodTypeAny, input: unknown, formatName: string): Problem[] {
  const warnings: Problem[] = [];
  walk(schema, input, [], (path, field) => {
    const subject = describeSubject(input, [...path, field]);
    const where = subject === undefined ? '' : `${subject[0].toUpperCase()}${subject.slice(1)}: `;
    warnings.push({
      path: formatPath([...path, field]),
      message: `${where}field ${quote(field)} is not part of the ${formatName} format and is ignored.`
    });
  });
  return warnings;
}

type Report = (path: PathSegment[], field: string) => void;

function walk(schema: z.ZodTypeAny, value: unknown, path: PathSegment[], report: Report): void {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    if (!isRecord(value)) {
      return;
    }
    const shape = inner.shape as Record<string, z.ZodTypeAny>;
    for (const field of Object.keys(value)) {
      if (Object.prototype.hasOwnProperty.call(shape, field)) {
        walk(shape[field], value[field], [...path, field], report);
      } else {
        report(path, field);
      }
    }
  } else if (inner instanceof z.ZodArray) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(inner.element as z.ZodTypeAny, item, [...path, index], report));
    }
  } else if (inner instanceof z.ZodRecord) {
    if (isRecord(value)) {
      for (const field of Object.keys(value)) {
        walk(inner.valueSchema as z.ZodTypeAny, value[field], [...path, field], report);
      }
    }
  }
}

/** Looks through the wrappers that do not change an object's fields. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current._def.innerType as z.ZodTypeAny;
    } else if (current instanceof z.ZodEffects) {
      current = current._def.schema as z.ZodTypeAny;
    } else {
      return current;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
