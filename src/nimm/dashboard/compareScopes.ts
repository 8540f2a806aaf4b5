/**
 * Provider and customer: a shared-service provider assesses itself and each customer trust, and
 * a gap between the two explains failures ("the provider runs change management at level 4, the
 * trust at level 1, so changes the provider makes land badly"). The two are compared capability
 * by capability, by key, at their effective levels, and only where both were assessed: a level
 * of 1 that nobody assessed says nothing about either side.
 */
import type { CapabilityStatus } from '../assessment/responses';
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Assessment, Model } from '../model/schema';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { ScoreReport } from '../scoring/types';
import { count } from './format';
import { assessmentIssues, DashboardIssue } from './issues';
import { scoreOf } from './reportRows';

/** One side of the comparison: a model and an assessment made against it. */
export interface ScopeSide {
  model: Model;
  assessment: Assessment;
  /** What to call this side in sentences ("the provider", "Kestrel Vale"); see compareScopes for the defaults. */
  label?: string;
}

/** Where one side stands on a capability. */
export interface ScopeLevel {
  /** `not-in-model` when this side's model does not have the capability. */
  status: CapabilityStatus | 'not-in-model';
  /** Rule 4; null when not applicable or not in the model. Compared only when assessed. */
  effectiveLevel: number | null;
}

/** How a capability compares. */
export type ScopeFlag =
  /** The customer's effective level is below the provider's: mind the gap. */
  | 'customer-below'
  /** The provider's effective level is below the customer's. */
  | 'provider-below'
  /** Both at the same level. */
  | 'level'
  /** Not assessed on both sides (or not applicable, or not in a model): nothing to compare. */
  | 'not-compared';

/** One capability, both sides. */
export interface ScopeRow {
  capability: string;
  name: string;
  category: string;
  provider: ScopeLevel;
  customer: ScopeLevel;
  /** provider - customer effective level when both are assessed; null otherwise. Positive: the customer is below. */
  difference: number | null;
  flag: ScopeFlag;
  /** e.g. "Mind the gap: the provider is at level 4, the customer at level 1 (3 levels below)." */
  sentence: string;
}

/** Provider against customer. */
export interface ScopeComparison {
  /** Every capability either model has: the provider's model order, then the customer's own. */
  rows: ScopeRow[];
  /** Rows where the customer is below the provider: biggest gap first, then model order. */
  mindTheGap: ScopeRow[];
  /** Rows where the provider is below the customer (the reverse), biggest first. */
  providerBelow: ScopeRow[];
  /** Capabilities assessed on both sides. */
  compared: number;
  /** e.g. "Of 12 capabilities assessed by both, the customer is below the provider in 3 and above it in 1." */
  sentence: string;
  issues: DashboardIssue[];
}

/** Compares a provider's assessment with a customer's, capability by capability (by key). */
export function compareScopes(provider: ScopeSide, customer: ScopeSide): ScopeComparison {
  const providerName = provider.label ?? 'the provider';
  const customerName = customer.label ?? 'the customer';
  const sides = [provider, customer].map((side) => ({ index: indexModel(side.model), report: scoreAssessment(side.model, side.assessment) }));
  const issues: DashboardIssue[] = [];
  assessmentIssues(sides[0].index, provider.assessment).forEach((issue) => issues.push({ subject: issue.subject, message: `Provider: ${issue.message}` }));
  assessmentIssues(sides[1].index, customer.assessment).forEach((issue) => issues.push({ subject: issue.subject, message: `Customer: ${issue.message}` }));
  if (provider.model.key !== customer.model.key || provider.model.version !== customer.model.version) {
    issues.push({
      subject: null,
      message: `The provider was assessed against model '${provider.model.key}' version ${provider.model.version} and the customer against '${customer.model.key}' version ${customer.model.version}: capabilities are matched by key, and a capability only one model has is not compared.`
    });
  }

  const keys: string[] = [];
  [sides[0].index, sides[1].index].forEach((index) =>
    index.capabilities.forEach((entry) => {
      if (keys.indexOf(entry.capability.key) === -1) {
        keys.push(entry.capability.key);
      }
    })
  );
  const rows = keys.map((key) => row(key, sides[0], sides[1], providerName, customerName));
  const byGap = (flag: ScopeFlag, sign: number): ScopeRow[] =>
    rows
      .map((r, order) => ({ r, order }))
      .filter(({ r }) => r.flag === flag)
      .sort((a, b) => sign * ((b.r.difference as number) - (a.r.difference as number)) || a.order - b.order)
      .map(({ r }) => r);
  const mindTheGap = byGap('customer-below', 1);
  const providerBelow = byGap('provider-below', -1);
  const compared = rows.filter((r) => r.flag !== 'not-compared').length;
  return { rows, mindTheGap, providerBelow, compared, sentence: summary(compared, mindTheGap.length, providerBelow.length, providerName, customerName), issues };
}

function levelOf(side: { index: ModelIndex; report: ScoreReport }, key: string): ScopeLevel {
  if (!side.index.capabilityByKey.has(key)) {
    return { status: 'not-in-model', effectiveLevel: null };
  }
  const score = scoreOf(side.report, key);
  return { status: score.status, effectiveLevel: score.effectiveLevel };
}

function row(
  key: string,
  providerSide: { index: ModelIndex; report: ScoreReport },
  customerSide: { index: ModelIndex; report: ScoreReport },
  providerName: string,
  customerName: string
): ScopeRow {
  // The provider's model names the capability when it has it, as the provider's model leads the order.
  const entry = providerSide.index.capabilityByKey.get(key) ?? customerSide.index.capabilityByKey.get(key);
  const name = entry ? entry.capability.name : key;
  const category = entry ? entry.capability.category : '';
  const provider = levelOf(providerSide, key);
  const customer = levelOf(customerSide, key);
  if (provider.status !== 'assessed' || customer.status !== 'assessed') {
    return { capability: key, name, category, provider, customer, difference: null, flag: 'not-compared', sentence: notCompared(provider, customer, providerName, customerName) };
  }
  const p = provider.effectiveLevel as number;
  const c = customer.effectiveLevel as number;
  const difference = p - c;
  const levels = (n: number): string => count(n, 'level', 'levels');
  const sentence =
    difference > 0
      ? `Mind the gap: ${providerName} is at level ${p}, ${customerName} at level ${c} (${levels(difference)} below).`
      : difference < 0
        ? `${capitalise(providerName)} is at level ${p}, below ${customerName} at level ${c} (${levels(-difference)}).`
        : `Both at level ${p}.`;
  return { capability: key, name, category, provider, customer, difference, flag: difference > 0 ? 'customer-below' : difference < 0 ? 'provider-below' : 'level', sentence };
}

function notCompared(provider: ScopeLevel, customer: ScopeLevel, providerName: string, customerName: string): string {
  const state = (level: ScopeLevel): string =>
    level.status === 'assessed' ? `at level ${level.effectiveLevel}` : level.status === 'not-in-model' ? 'not in its model' : level.status === 'not-applicable' ? 'not applicable' : 'not assessed';
  return `Not compared: ${providerName} ${state(provider)}, ${customerName} ${state(customer)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function summary(compared: number, below: number, above: number, providerName: string, customerName: string): string {
  if (compared === 0) {
    return `No capability is assessed by both ${providerName} and ${customerName}, so there is nothing to compare.`;
  }
  return `Of ${count(compared, 'capability', 'capabilities')} assessed by both, ${customerName} is below ${providerName} in ${below} and above it in ${above}.`;
}
