/**
 * One NIMM site's results for the dashboard's across-sites view (an ICS or a group of trusts reads
 * each trust's own site where it is, without copying anything): the site's title, its newest
 * assessment, and that assessment scored against its model version.
 *
 * ONE round trip: three GET requests sent together (not a $batch: a $batch is a POST, and a POST
 * to a site other than the page's own first costs a `_api/contextinfo` request for its form
 * digest, pnp/pnpjs#2102; a GET needs none), so the site answers in the time of one request:
 *  1. the web's Title and Url;
 *  2. every assessment, newest id first (as the dashboard lists them);
 *  3. the first 5,000 responses ordered by assessment id, highest first
 *     (`$orderby=NimmAssessmentId desc&$top=5000`).
 * The newest assessment is picked as the dashboard picks it (start date, then item id:
 * dashboardAssessments). Assessment ids only grow, so the newest assessment's responses are at the
 * top of read 3 and are kept by their assessment id, client-side. They are all there when the page
 * has no next page, or when the page already reaches a lower assessment id (the order puts every
 * response of an assessment before those of any lower id). So the newest assessment need not have
 * the highest id: one typed in later with an earlier start date only costs a trip when its
 * responses push the newest one's off the page. Otherwise (the page is full of higher ids or of
 * the newest one's own responses, and there is a next page) its responses are read in a second
 * trip, filtered on the indexed assessment id, as the dashboard reads them (sp/largeRead.ts
 * handles the threshold there).
 *
 * The model: when the assessment was made against the default NHS model shipped with the suite
 * (same model key and version; a model version is never published twice under one key and version,
 * so the two hold the same content), the bundled copy is used and nothing more is read. It loads
 * as its own chunk, started alongside the reads, so it never delays the answer and is no part of
 * any web part's first load. Any other model version is read in a second trip (queueModelReads /
 * finishModelReads, as the dashboard does), in the same $batch as the responses when both are
 * needed. So: one trip with the default model, two otherwise (or when the bundled copy could not
 * be loaded).
 *
 * The list view threshold: read 3 has no filter, and sorts on an indexed column (the assessment id
 * is indexed at set-up) with `$top` at the threshold, which SharePoint serves from the index on
 * a list of any size. What we found: SharePoint's own guidance (learn.microsoft.com, "Handling
 * Large Folders and Lists", ee557257) says queries on lists over 5,000 items fail when their
 * conditions use columns that are not indexed, and ContentIterator's notes (ee562997) that an
 * order other than the index's own gets throttled on a large list; users of the REST API report
 * the rule as "filter/sort on indexed columns only" (vgrem/office365-rest-python-client#681) and
 * that `$top` above the threshold is refused (SharePoint/PnP-JS-Core#203). None of them shows an
 * unfiltered sort on an indexed column past 5,000 items in so many words: the simulator follows
 * that reading (tools/sp-simulator/handlers/itemQuery.ts) and tests/data/siteSummary.test.ts
 * checks it; verify against a tenant. If SharePoint refuses it all the same (an index removed by
 * hand), the responses are read by filter in the second trip.
 *
 * Errors name the site: no access (401 or 403) is 'forbidden', a site without the NIMM lists is
 * 'not-set-up', no site at the address 'not-found', no answer at all 'network'. Only the rare
 * second trip is a $batch, and so only it can cost the extra contextinfo request.
 */
import { DataStrings, formatString } from '../../loc/strings';
import type { Model } from '../../nimm/model/schema';
import { isStoreError, StoreError } from '../errors';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { mapItems, RawItem } from '../mappers/common';
import { mapResponse, RESPONSE_SELECT } from '../mappers/response';
import { F, LISTS } from '../schema/names';
import { finishRead, isThresholdRefusal, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readPage, readRemainingPages, type Page, type SPFI } from '../sp/pnp';
import { sharePointError, toStoreError } from '../sp/toStoreError';
import type { AssessmentSummary, DataIssue, SiteSummary } from '../types';
import { oneResponsePerCapability } from './assessmentView';
import { dashboardAssessments } from './dashboard';
import { finishModelReads, queueModelReads, silence, type ModelReads } from './modelReads';
import type { siteResults as SiteResultsFn } from './siteResults';

/** The default model, loaded on demand; null when its chunk could not be loaded (then the site's copy is read). */
function loadDefaultModel(): Promise<Model | null> {
  return import(/* webpackChunkName: 'nimm-default-model' */ '../../nimm/defaultModel').then(
    (m) => m.getDefaultModel(),
    () => null
  );
}

/** The sums a row shows, loaded on demand (scoring and the dashboard's sums). */
function loadSiteResults(): Promise<typeof SiteResultsFn> {
  return import(/* webpackChunkName: 'nimm-site-summary' */ './siteResults').then((m) => m.siteResults);
}

/** The site's address as the SPFI knows it (absolute for the web part and the tools), for messages. */
function addressOf(sp: SPFI): string {
  const url = sp.web.toUrl();
  const at = url.search(/\/_api(\/|$)/i);
  return at >= 0 ? url.slice(0, at) : url;
}

function responsesQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.responses, select: RESPONSE_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

function assessmentIdOf(item: RawItem): number | null {
  const id = item[F.assessmentId];
  return typeof id === 'number' ? id : null;
}

/**
 * True when a page of responses ordered by assessment id, highest first, holds every response of
 * the assessment: nothing follows it, or it already reaches a lower assessment id.
 */
export function holdsAllResponsesOf(page: Page<RawItem>, assessmentId: number): boolean {
  if (page.nextLink === null) return true;
  return page.value.some((item) => {
    const id = assessmentIdOf(item);
    return id !== null && id < assessmentId;
  });
}

/**
 * A failure as the across-sites view shows it: why this site could not be read, naming it. `atSite`
 * is true for a failure of the request itself (the $batch, or the form digest PnPjs asks for
 * first), where a 404 means there is no site at the address; a 404 of one read in the batch is a
 * missing list or item.
 */
function siteError(error: unknown, site: string, action: string, atSite: boolean, list?: string, itemId?: number): StoreError {
  const words = DataStrings.Sites;
  const mapped = toStoreError(error, { action, list, itemId });
  const details = { cause: mapped.cause ?? error, status: mapped.status, list: mapped.list, itemId: mapped.itemId, reason: mapped.reason };
  if (mapped.kind === 'forbidden') return new StoreError('forbidden', formatString(words.Forbidden, site), details);
  if (mapped.kind === 'network' && !/AbortError/.test((error as Error)?.name ?? '')) {
    return new StoreError('network', formatString(words.Unreachable, site), details);
  }
  if (mapped.status === 404 && !isStoreError(error)) {
    if (/list .* does not exist/i.test(sharePointError(error).message)) return new StoreError('not-set-up', formatString(words.NotSetUp, site), details);
    if (atSite) return new StoreError('not-found', formatString(words.NotFound, site), details);
  }
  return new StoreError(mapped.kind, formatString(words.Failed, site, mapped.message), details);
}

/** Loads one site's summary; see the file comment. */
export async function loadSiteSummary(sp: SPFI): Promise<SiteSummary> {
  let site = addressOf(sp);
  const action = formatString(DataStrings.Actions.ReadSiteSummary, site);
  const defaultModel = loadDefaultModel();
  const results = loadSiteResults();
  results.catch(() => undefined);

  // Three GETs at once: one round trip, and no form digest to fetch first (see the file comment).
  const lists = sp.web.lists;
  const reads = {
    web: sp.web.select('Title', 'Url')() as Promise<{ Title?: unknown; Url?: unknown }>,
    assessments: readPage<RawItem>(lists.getByTitle(LISTS.assessments).items.select(...ASSESSMENT_SELECT).orderBy('Id', false).top(MAX_PAGE)),
    // The one read that could meet the threshold (an index removed by hand): its refusal is
    // answered below by reading by filter, and spoils neither of the others.
    responses: readPage<RawItem>(lists.getByTitle(LISTS.responses).items.select(...RESPONSE_SELECT).orderBy(F.assessmentId, false).top(MAX_PAGE))
  };
  silence(reads);
  try {
    // The site itself (its address, its rights, its lists) answers with the first two.
    await Promise.all([reads.web, reads.assessments]);
  } catch (error) {
    throw siteError(error, site, action, true);
  }

  let list: string | undefined;
  let itemId: number | undefined;
  try {
    const web = await reads.web;
    if (typeof web.Url === 'string' && web.Url) site = web.Url;
    const title = typeof web.Title === 'string' && web.Title.trim() ? web.Title.trim() : site;

    list = LISTS.assessments;
    // Past 5,000 assessments (unheard of) the rest come page by page.
    const listed = mapItems(LISTS.assessments, await readRemainingPages<RawItem>(sp, await reads.assessments), mapAssessment);
    const newest: AssessmentSummary | undefined = dashboardAssessments(listed.items, { history: 0 })[0];
    const issues: DataIssue[] = [...listed.issues];
    if (!newest) {
      return { siteUrl: site, title, assessment: null, model: null, levels: [], level: null, levelName: null, score: null, progress: null, categories: [], foundation: null, issues };
    }

    list = LISTS.responses;
    let page: Page<RawItem> | null = null;
    try {
      page = await reads.responses;
    } catch (error) {
      // Refused (threshold): read by filter instead, below.
      if (!isThresholdRefusal(error)) throw error;
    }
    const complete = page !== null && holdsAllResponsesOf(page, newest.id);
    const bundled = await defaultModel;
    const isDefault = bundled !== null && bundled.key === newest.modelKey && bundled.version === newest.modelVersion;

    // The second round trip, only when the first could not answer everything.
    let modelReads: ModelReads | null = null;
    let responseRead: Promise<Page<RawItem>> | null = null;
    if (!complete || !isDefault) {
      const [second, executeSecond] = sp.batched();
      if (!isDefault) modelReads = queueModelReads(second, newest.modelVersionId);
      if (!complete) {
        const q = responsesQuery(newest.id);
        responseRead = readPage<RawItem>(second.web.lists.getByTitle(q.list).items.select(...q.select).filter(q.filter).top(MAX_PAGE));
      }
      if (modelReads) silence(modelReads);
      if (responseRead) silence({ responseRead });
      try {
        await executeSecond();
      } catch (error) {
        throw siteError(error, site, action, true);
      }
    }

    let model: Model;
    if (modelReads) {
      list = LISTS.modelVersions;
      itemId = newest.modelVersionId;
      const stored = await finishModelReads(sp, newest.modelVersionId, modelReads);
      model = stored.model;
      issues.push(...stored.issues);
    } else {
      model = bundled as Model;
    }

    list = LISTS.responses;
    itemId = undefined;
    const responseItems = responseRead
      ? await finishRead(sp, responsesQuery(newest.id), responseRead)
      : (page as Page<RawItem>).value.filter((item) => assessmentIdOf(item) === newest.id);
    const mapped = mapItems(LISTS.responses, responseItems, mapResponse);
    const one = oneResponsePerCapability(mapped.items, new Set(model.capabilities.map((c) => c.key)));
    issues.push(...mapped.issues, ...one.issues);

    const summarise = await results;
    return { siteUrl: site, title, ...summarise(model, newest, one.responses), issues };
  } catch (error) {
    throw siteError(error, site, action, false, list, itemId);
  }
}
