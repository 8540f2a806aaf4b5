import type { SharePointSimulator, SimUser } from '../sp-simulator';
import { SharePointStore } from '../../src/data';
import { F, LISTS } from '../../src/data/schema/names';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import type { Response } from '../../src/nimm';
import type { Answer } from '../../src/nimm/model/schema';
import { connectLocalSite } from '../support/connectLocalSite';
import { demoAssessment } from './seed';

/**
 * Two more demo trusts for the dashboard's across-sites view, each its own NIMM site on the same
 * workbench server (as other trusts' sites sit on the same SharePoint tenant): set up with the
 * default NHS model and one assessment each, answered differently from the demo trust and from
 * each other. The visitor has no access to Southmoor, so its row shows what a forbidden site says.
 */
export interface DemoTrust {
  /** Server-relative path of its site. */
  path: string;
  /** The site's title. */
  title: string;
  /** The assessment's title. */
  assessmentTitle: string;
  /** +1: answers of levels 2 and 3 a step better than the demo trust's; -1: those of level 3 and up a step worse. */
  shift: 1 | -1;
  /** Roles of the tenant's people who are not given access to this site. */
  noAccess: SimUser['role'][];
}

export const DEMO_TRUSTS: DemoTrust[] = [
  {
    path: '/sites/nimm-northfield',
    title: 'Northfield Community Health NHS Trust',
    assessmentTitle: 'Northfield Community Health NHS Trust: infrastructure self-assessment 2026',
    shift: 1,
    noAccess: []
  },
  {
    path: '/sites/nimm-southmoor',
    title: 'Southmoor Hospitals NHS Foundation Trust',
    assessmentTitle: 'Southmoor Hospitals NHS Foundation Trust: infrastructure self-assessment 2026',
    shift: -1,
    noAccess: ['visitor']
  }
];

function shifted(answer: Answer, level: number, shift: 1 | -1): Answer {
  if (shift === 1 && level >= 2 && level <= 3) return answer === 'not-met' ? 'partial' : answer === 'partial' ? 'met' : answer;
  if (shift === -1 && level >= 3) return answer === 'met' ? 'partial' : answer === 'partial' ? 'not-met' : answer;
  return answer;
}

/** The trust's responses: the demo trust's answers, moved a step as `shift` says. */
export function trustResponses(trust: DemoTrust): Response[] {
  const sample = demoAssessment(getDefaultModel());
  return sample.responses.map((r) => ({
    ...r,
    agreedLevel: null,
    answers: Object.fromEntries(Object.entries(r.answers).map(([criterion, answer]) => [criterion, shifted(answer, Number(criterion.split('.')[1]), trust.shift)]))
  })) as Response[];
}

/**
 * Sets a trust's site up as its owner would (lists, default model, title) and adds its
 * assessment, the responses written straight into the list (sim.bulkAddItems) so that this costs
 * a second or so. Safe to run again: each step only acts when its result is missing.
 */
export async function seedTrustSite(webUrl: string, sim: SharePointSimulator, trust: DemoTrust, say: (line: string) => void): Promise<void> {
  const owner = sim.users.find((u) => u.role === 'owner');
  if (!owner) throw new Error(`The simulated site ${trust.path} has no owner to set it up with.`);
  const sp = await connectLocalSite({ webUrl, userLogin: owner.login });
  const store = new SharePointStore(sp);
  await store.ensureSchema();
  if (!(await store.getPublishedModel())) await store.publishDefaultModel();
  if ((await store.listAssessments()).items.length > 0) return;
  await sp.web.update({ Title: trust.title });
  const sample = demoAssessment(getDefaultModel());
  const assessment = await store.createAssessment({ title: trust.assessmentTitle, scope: sample.scope, targetProfile: 'level-3-baseline', lead: owner.title, startDate: sample.date });
  const responses = trustResponses(trust);
  sim.bulkAddItems(
    LISTS.responses,
    responses.map((r, i) => ({
      Title: r.capability,
      [F.assessmentId]: assessment.id,
      [F.capabilityKey]: r.capability,
      [F.responseKey]: `${assessment.id}/${r.capability}`,
      // Northfield has agreed every level; Southmoor is two thirds of the way through.
      [F.status]: r.notApplicable ? 'not-applicable' : trust.shift === 1 || i % 3 !== 2 ? 'agreed' : 'in-progress',
      [F.notApplicable]: r.notApplicable,
      [F.answers]: JSON.stringify(r.answers)
    }))
  );
  say(`Set up ${trust.title} at ${trust.path} with the assessment "${assessment.title}".`);
}
