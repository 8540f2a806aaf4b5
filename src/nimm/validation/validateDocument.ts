/**
 * The frame every file validator shares. The input must be a JSON object; the format's schema
 * checks its shape; the format's own rules then run over whatever is sound; fields the format
 * does not define are warnings. Everything is reported at once, and nothing is ever thrown.
 */
import type { z } from 'zod';
import { describeTopLevel, ProblemList, ValidationResult } from './problems';
import { findUnknownFields } from './unknownFields';
import { zodIssuesToProblems } from './zodProblems';

/** A kind of file the suite reads, as validateDocument needs to know it. */
export interface DocumentFormat<S extends z.ZodTypeAny> {
  /** The format name, as in the file's `format` field, e.g. 'nimm-model'. */
  name: string;
  /** What the file holds, as a sentence names it: 'model', 'assessment'. */
  noun: string;
  /** The same with its indefinite article, to start a sentence: 'A model', 'An assessment'. */
  nounWithArticle: string;
  /** The shape of the whole file. */
  schema: S;
}

/**
 * Validates `input` as a file of the given format. `checkRules` records the format's own
 * problems; it gets the parsed value when the shape is right, and otherwise only the raw
 * object, from which it should check what it can.
 */
export function validateDocument<S extends z.ZodTypeAny>(
  input: unknown,
  format: DocumentFormat<S>,
  checkRules: (raw: object, value: z.output<S> | undefined, list: ProblemList) => void
): ValidationResult<z.output<S>> {
  const list = new ProblemList();
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      list.problem([], `${format.nounWithArticle} must be a JSON object, not ${describeTopLevel(input)}.`);
      return list.result<z.output<S>>(undefined);
    }
    const parsed = format.schema.safeParse(input);
    if (!parsed.success) {
      list.problems.push(...zodIssuesToProblems(parsed.error.issues, input));
    }
    const value: z.output<S> | undefined = parsed.success ? parsed.data : undefined;
    checkRules(input, value, list);
    list.warnings.push(...findUnknownFields(format.schema, input, format.name));
    return list.result(value);
  } catch (error) {
    // Only reachable through a bug or a hostile input (a getter that throws, a cyclic object);
    // the promise of a validator is an answer, never an exception.
    list.problem([], `The ${format.noun} could not be checked: ${error instanceof Error ? error.message : String(error)}.`);
    return list.result<z.output<S>>(undefined);
  }
}
