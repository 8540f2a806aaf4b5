import { F, LISTS } from '../../src/data/schema/names';
import { startSetUpSite, type OwnedSite } from './support/site';

describe.each(['America/New_York', 'Europe/London', 'Australia/Sydney'])('dates on a site in %s', (timeZone) => {
  let site: OwnedSite;
  beforeAll(async () => {
    site = await startSetUpSite({ timeZone });
  }, 60000);
  afterAll(() => site.close());

  it('shows the start date, due date and expiry date that were entered, in summer and in winter', async () => {
    const member = await site.storeFor('member');
    for (const date of ['2026-06-01', '2026-12-31', '2027-03-28']) {
      const assessment = await member.createAssessment({ title: `Dated ${date}`, scope: 'Trust', startDate: date, dueDate: date });
      expect(assessment.startDate).toBe(date);
      expect(assessment.dueDate).toBe(date);
      const listed = (await member.listAssessments()).items.find((a) => a.id === assessment.id);
      expect(listed?.startDate).toBe(date);
      expect(listed?.dueDate).toBe(date);

      const { model } = await member.loadAssessmentView(assessment.id);
      const capability = model.capabilities[0].key;
      const action = await member.saveRoadmapAction({
        assessmentId: assessment.id, capability, title: 'Due', fromLevel: 1, toLevel: 2, phase: 1, owner: '', dueDate: date,
        status: 'planned', estimateDays: null, estimateCost: null, notes: ''
      });
      expect(action.dueDate).toBe(date);
      const evidence = await member.linkEvidence({ assessmentId: assessment.id, capability, title: `Expiring ${date}`, url: 'https://example.org/', expires: date });
      expect(evidence.expires).toBe(date);
    }
  });

  it('stores the date as that local day in SharePoint, so SharePoint\'s own pages show it too', async () => {
    const member = await site.storeFor('member');
    const assessment = await member.createAssessment({ title: 'Raw', scope: 'Trust', startDate: '2026-06-01' });
    const sp = await site.spFor('owner');
    const raw = await sp.web.lists.getByTitle(LISTS.assessments).items.getById(assessment.id).select(F.startDate)();
    const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(raw[F.startDate]));
    expect(local).toBe('2026-06-01');
  });
});
