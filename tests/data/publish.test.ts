import { StoreError } from '../../src/data/errors';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import type { Model } from '../../src/nimm/model/schema';
import { syntheticModel } from '../../tools/synthetic/syntheticModel';
import { nextVersion } from '../../src/data/publish/publishModel';
import { chunkWrites, MAX_BATCH_BYTES } from '../../src/data/publish/writeBatched';
import { F, LISTS } from '../../src/data/schema/names';
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

  it('refuses to publish a key and version already in force, suggesting a new version, and writes nothing', async () => {
    await site.owner.publishModel(syntheticModel({ capabilities: 3, seed: 33 }));
    const inForce = await site.owner.getPublishedModel();
    if (!inForce) throw new Error('no model in force');
    const before = (await site.owner.listModelVersions()).items.length;
    site.sim.clearLog();
    const error = (await site.owner.publishModel(inForce.model).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('conflict');
    expect(error.reason).toBe('version-exists');
    expect(error.message).toBe(
      `${inForce.model.name} version ${inForce.model.version} is already the model in force on this site, so it was not published again. ` +
        `To publish changes, give the model a new version (for example ${nextVersion(inForce.model.version)}) and publish that.`
    );
    // Reads only: the one $batch is the owner check (two GETs).
    expect(site.writes().filter((w) => !w.path.endsWith('$batch'))).toEqual([]);
    expect((await site.owner.listModelVersions()).items).toHaveLength(before);
  });

  it('names the list that failed, labels the failed attempt as such, and cleans it up on the next publish', async () => {
    const model = syntheticModel({ capabilities: 6, seed: 21 });
    // Every read of the profiles list fails: the capabilities are written, the profiles check is not.
    site.sim.setFault({ status: 503, retryAfterSeconds: 0, match: /^GET .*NIMM Profiles/ });
    const error = (await site.owner.publishModel(model).catch((e: unknown) => e)) as StoreError;
    site.sim.setFault(null);
    expect(error.kind).toBe('unavailable');
    expect(error.list).toBe('NIMM Profiles');
    expect(error.message).toContain('(list "NIMM Profiles")');

    const sp = await site.spFor('owner');
    const failed = await sp.web.lists.getByTitle(LISTS.modelVersions).items.select('Id', 'Title', F.status).filter(`${F.status} eq 'failed'`)();
    expect(failed.length).toBeGreaterThan(0);
    const attempt = failed[failed.length - 1];
    expect(attempt.Title).toMatch(new RegExp(`^Failed attempt to publish ${model.name} ${model.version} \\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)$`));
    const leftOver = await sp.web.lists.getByTitle(LISTS.capabilities).items.select('Id').filter(`${F.modelVersionId} eq ${attempt.Id}`)();
    expect(leftOver).toHaveLength(6);

    await site.owner.publishModel(model);
    expect(await sp.web.lists.getByTitle(LISTS.modelVersions).items.select('Id').filter(`${F.status} eq 'failed'`)()).toEqual([]);
    expect(await sp.web.lists.getByTitle(LISTS.capabilities).items.select('Id').filter(`${F.modelVersionId} eq ${attempt.Id}`)()).toEqual([]);
    const versions = (await site.owner.listModelVersions()).items;
    expect(versions.filter((v) => v.version === model.version && v.modelKey === model.key).map((v) => v.status)).toEqual(['published']);
  });

  it('suggests the next version from the one given', () => {
    expect(nextVersion('2026.1')).toBe('2026.2');
    expect(nextVersion('3')).toBe('4');
    expect(nextVersion('v2-draft')).toBe('v3-draft');
    expect(nextVersion('beta')).toBe('beta.1');
  });

  it('refuses a key longer than a SharePoint text column holds, naming it, before writing anything', async () => {
    const model = { ...syntheticModel({ capabilities: 1, seed: 8 }), profiles: [] };
    const long = `c${'x'.repeat(299)}`;
    model.capabilities[0] = { ...model.capabilities[0], key: long };
    site.sim.clearLog();
    const error = (await site.owner.publishModel(model).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain(`The key of capability "${model.capabilities[0].name}" is 300 characters long; SharePoint keeps at most 255 in a single line of text.`);
    expect(site.writes()).toEqual([]);
  });
});

describe('splitting writes into batches', () => {
  const item = (chars: number) => ({ label: 'x', fields: { Detail: 'a'.repeat(chars) } });

  it('keeps every batch to 100 writes', () => {
    expect(chunkWrites(Array.from({ length: 250 }, () => item(10))).map((c) => c.length)).toEqual([100, 100, 50]);
  });

  it('keeps every batch under SharePoint\'s 1 MiB request limit, counting bytes not characters', () => {
    const chunks = chunkWrites(Array.from({ length: 40 }, () => item(60000)));
    expect(chunks.every((c) => c.reduce((n, i) => n + JSON.stringify(i.fields).length, 0) <= MAX_BATCH_BYTES)).toBe(true);
    expect(chunks.map((c) => c.length)).toEqual([14, 14, 12]);
    // "é" is two bytes in UTF-8: half as many fit.
    expect(chunkWrites(Array.from({ length: 40 }, () => ({ label: 'x', fields: { Detail: 'é'.repeat(60000) } }))).map((c) => c.length)).toEqual([7, 7, 7, 7, 7, 5]);
  });
});
