/** The demo trust's assessment (the one the workbench seeds) against the default NHS model. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Assessment, Model, validateAssessment } from '../../../src/nimm';
import { getDefaultModel } from '../../../src/nimm/defaultModel';

export const DEMO_ASSESSMENT_FILE = join(__dirname, '..', '..', '..', 'docs', 'examples', 'sample-assessment.json');

/** The default model and the demo assessment, validated against it. */
export function demo(): { model: Model; assessment: Assessment } {
  const model = getDefaultModel();
  const parsed = validateAssessment(JSON.parse(readFileSync(DEMO_ASSESSMENT_FILE, 'utf8')), model);
  if (!parsed.ok) {
    throw new Error(`The demo assessment is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return { model, assessment: parsed.value };
}
