/** Names from the model for human output: levels with their names, capabilities and profiles by name. */
import type { Assessment, Model } from '../../../src/nimm';
import { renderFields } from './table';

/** "3 Standardised" (the number first, so columns still sort and scan by level). */
export function levelLabel(model: Model, level: number | null | undefined): string {
  if (level === null || level === undefined) {
    return '-';
  }
  const name = model.levels.find((l) => l.level === level)?.name;
  return name ? `${level} ${name}` : String(level);
}

/** The capability's name, or its key when the model does not have it. */
export function capabilityName(model: Model, key: string): string {
  return model.capabilities.find((c) => c.key === key)?.name ?? key;
}

/** The profile's name, or its key when the model does not have it. */
export function profileName(model: Model, key: string): string {
  return model.profiles.find((p) => p.key === key)?.name ?? key;
}

/** The heading every report starts with: which assessment, against which model. */
export function assessmentHeading(model: Model, assessment: Assessment): string {
  const fields: [string, string][] = [['Assessment', assessment.title || '(untitled)']];
  if (assessment.scope) {
    fields.push(['Scope', assessment.scope]);
  }
  fields.push(['Date', assessment.date], ['Model', `${model.name} (${model.key} ${model.version})`]);
  return renderFields(fields);
}
