import { StoreError } from '../../src/data/errors';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import type { Model } from '../../src/nimm/model/schema';
import { syntheticModel } from '../../src/nimm/testing/syntheticModel';
import { useSiteWithLists } from './support/site';

describe('publishing a model', () => {
  const site = useSiteWithLists();

  afterEach(() => site.sim.setFault(null));

  it('publishes the default NHS model in one action, in batches of at most 100 writes', async () => {
    site.sim.clearLog();
    const version = await site.owner.publishDefaultModel();
    expect(version.status).toBe('published');
    const batches = site.sim.log.filter((e) => e.path.endsWith('$batch'));
    expect(Math.max(...batches.map((b) => b.batchParts ?? 0))).toBeLessThanOrEqual(100);
    const published = await (await site.storeFor('visitor')).getPublishedModel();
    expect(published?.modelVersion.id).toBe(version.id);
    expect(published?.model).toEqual(getDefaultModel());
    expect(published?.issues).toEqual([]);
  });

  it('refuses an invalid model with its problems and writes nothing', async () => {
    const bad: Model = { ...syntheticModel({ capabilities: 3 }), key: 'bad-model' };
    bad.capabilities[1] = { ...bad.capabilities[1], category: 'no-such-category' };
    site.sim.clearLog();
    const error = (await site.owner.publishModel(bad).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.message).toMatch(/^The model was not published because it has 1 problem\. \$\.capabilities\[1\]\.category/);
    expect(site.writes()).toEqual([]);
  });

  it('refuses a model a SharePoint column cannot hold, before writing anything', async () => {
    const model = syntheticModel({ capabilities: 2, seed: 5 });
    model.capabilities[0] = { ...model.capabilities[0], summary: 'x'.repeat(70000) };
    site.sim.clearLog();
    const error = (await site.owner.publishModel(model).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain(`Capability "${model.capabilities[0].key}" is`);
    expect(error.message).toContain('at most 63,999');
    expect(site.writes()).toEqual([]);
  });

  it('leaves the previous model in force when writing fails part-way, and says what failed', async () => {
    const before = await site.owner.getPublishedModel();
    const model = syntheticModel({ capabilities: 150, seed: 11 });
    const error = (await site.owner
      .publishModel(model, (p) => {
        // Once the draft exists, make every $batch fail: the capabilities cannot be written.
        if (p.message.startsWith('Writing model')) site.sim.setFault({ status: 503, retryAfterSeconds: 0, match: /\$batch/ });
      })
      .catch((e: unknown) => e)) as StoreError;
    site.sim.setFault(null);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('unavailable');
    expect(error.list).toBe('NIMM Capabilities');
    expect(error.message).toContain('Publishing stopped: 100 of 150 capabilities could not be saved to "NIMM Capabilities"');
    expect(error.message).toContain(`The previous published model (${before?.modelVersion.name} ${before?.modelVersion.version}) is still in force.`);

    const after = await site.owner.getPublishedModel();
    expect(after?.modelVersion.id).toBe(before?.modelVersion.id);
    const versions = (await site.owner.listModelVersions()).items;
    expect(versions[0]).toEqual(expect.objectContaining({ modelKey: model.key, status: 'failed' }));
  });

  it('retires the previous version when a new one is published', async () => {
    const before = await site.owner.getPublishedModel();
    const next = await site.owner.publishModel(syntheticModel({ capabilities: 12, seed: 2 }));
    const versions = (await site.owner.listModelVersions()).items;
    expect(versions.find((v) => v.id === next.id)?.status).toBe('published');
    expect(versions.find((v) => v.id === before?.modelVersion.id)?.status).toBe('retired');
    expect(versions.filter((v) => v.status === 'published')).toHaveLength(1);
    expect((await site.owner.getPublishedModel())?.modelVersion.id).toBe(next.id);
  });

  it('keeps assessments on the model version they started with', async () => {
    const current = await site.owner.getPublishedModel();
    const assessment = await site.owner.createAssessment({ title: 'Pinned', scope: 'Trust' });
    await site.owner.publishModel(syntheticModel({ capabilities: 4, seed: 9 }));
    const view = await site.owner.loadAssessmentView(assessment.id);
    expect(view.modelVersion.id).toBe(current?.modelVersion.id);
    expect(view.modelVersion.status).toBe('retired');
  });
});
