import { emptyDraft } from '../../src/data/merge/mergeResponse';
import { syntheticModel } from '../../tools/synthetic/syntheticModel';
import { useSetUpSite } from './support/site';

describe('loading an assessment view costs at most two round trips', () => {
  const site = useSetUpSite();

  it('with the default NHS model', async () => {
    const assessment = await site.owner.createAssessment({ title: 'Default model', scope: 'Whole trust' });
    const member = await site.storeFor('member');
    site.sim.clearLog();
    const view = await member.loadAssessmentView(assessment.id);
    expect(view.model.capabilities.length).toBeGreaterThanOrEqual(74);
    expect(view.issues).toEqual([]);
    expect(site.sim.log.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sites/nimm/_api/$batch', 'POST /sites/nimm/_api/$batch']);
    expect(site.roundTrips()).toBeLessThanOrEqual(2);
  });

  it('with a synthetic 500-capability model', async () => {
    const model = syntheticModel({ capabilities: 500, seed: 7 });
    const version = await site.owner.publishModel(model);
    const assessment = await site.owner.createAssessment({ title: 'Big model', scope: 'Test', modelVersionId: version.id });
    const member = await site.storeFor('member');
    site.sim.clearLog();
    const view = await member.loadAssessmentView(assessment.id);
    expect(view.model.capabilities.map((c) => c.key)).toEqual(model.capabilities.map((c) => c.key));
    expect(view.issues).toEqual([]);
    expect(site.roundTrips()).toBeLessThanOrEqual(2);
  });

  it('still within two round trips once many responses exist', async () => {
    const assessment = await site.owner.createAssessment({ title: 'Answered', scope: 'Ward' });
    const member = await site.storeFor('member');
    const { model } = await member.loadAssessmentView(assessment.id);
    for (const capability of model.capabilities.slice(0, 10)) {
      const criterion = capability.levels[0].criteria[0].key;
      await member.saveResponse(assessment.id, { capability: capability.key, base: null, draft: { ...emptyDraft(), status: 'in-progress', answers: { [criterion]: 'met' } } });
    }
    site.sim.clearLog();
    const view = await member.loadAssessmentView(assessment.id);
    expect(view.responses).toHaveLength(10);
    expect(site.roundTrips()).toBeLessThanOrEqual(2);
  });
});
