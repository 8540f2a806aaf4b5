import * as React from 'react';
import { DefaultButton, type ITheme, memoizeFunction, mergeStyleSets, MessageBar, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import type { StoreTopic } from '../../data/cache/PageStore';
import { isStoreError } from '../../data/errors';
import type { NimmStore } from '../../data/NimmStore';
import type { SiteCategoryLevel } from '../../data/types';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString, ShellStrings } from '../../loc/strings';
import { heatmapRows } from '../../nimm';
import { Heading } from '../shared/Heading';
import { levelColours } from '../shared/levelColours';
import { dateText } from '../shell/dates';
import { StoreContext, useStore } from '../shell/StoreContext';
import { useStoreData } from '../shell/useStoreData';
import { getDashboardClassNames } from './dashboard.styles';
import type { IDashboardViewProps } from './dashboardData';

/** A category column: the categories of the model of the assessment shown on this site's dashboard. */
interface CategoryColumn {
  key: string;
  name: string;
}

const getSitesClassNames = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    level: { ...theme.fonts.small, display: 'inline-block', borderWidth: 1, borderStyle: 'solid', borderRadius: 2, padding: '2px 6px', whiteSpace: 'nowrap' },
    // No fixed widths: these only keep the two text columns readable while the table scrolls.
    siteCell: { minWidth: 'min(12em, 60vw)' },
    assessmentCell: { minWidth: 'min(16em, 60vw)' },
    siteName: { display: 'block', fontWeight: 600 },
    note: { ...theme.fonts.small, display: 'block', color: theme.semanticColors.bodySubtext, marginTop: 2 },
    reason: { display: 'block', fontWeight: 600 },
    failed: { maxWidth: '60em' },
    retry: { marginTop: 6 }
  })
);

/** What changes on the page make this site's own row stale (other sites' stores never change from here). */
const THIS_SITE_TOPICS: StoreTopic[] = ['assessments', 'responses', 'model'];

/** A site address as compared: no trailing slash, any case. */
function sameSite(a: string): string {
  return a.trim().replace(/\/+$/, '').toLowerCase();
}

/** Only http and https addresses become links (a site's Url comes from that site). */
function safeLink(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** The short reason shown in bold before a failed site's message. */
function failureLabel(error: unknown): string {
  const kind = isStoreError(error) ? error.kind : null;
  if (kind === 'forbidden') return strings.SitesForbidden;
  if (kind === 'not-set-up') return strings.SitesNotSetUp;
  if (kind === 'not-found') return strings.SitesNotFound;
  if (kind === 'network') return strings.SitesUnreachable;
  return strings.SitesFailed;
}

/** A level in words and in its heatmap colour (the words are always there: colour is never the only cue). */
const LevelCell: React.FC<{ level: number | null; name: string | null; theme: ITheme }> = ({ level, name, theme }) => {
  const classNames = getSitesClassNames(theme);
  const colours = levelColours(theme, level);
  return (
    <span className={classNames.level} style={{ background: colours.background, color: colours.color, borderColor: colours.border, borderStyle: level === null ? 'dashed' : 'solid' }}>
      {level === null ? strings.SitesNotAssessed : formatString(strings.SitesLevel, level, name ?? '')}
    </span>
  );
};

interface ISiteRowProps {
  /** The address as configured (shown until the site says its own). */
  address: string;
  thisSite: boolean;
  columns: CategoryColumn[];
}

/** The row of the site whose store is in context: loading, failed (with why and a retry), or its results. */
const SiteRowContent: React.FC<ISiteRowProps> = ({ address, thisSite, columns }) => {
  const theme = useTheme();
  const classNames = getSitesClassNames(theme);
  const { state, retry } = useStoreData((store) => store.loadSiteSummary(), { refreshOn: thisSite ? THIS_SITE_TOPICS : undefined });
  const summary = state.status === 'loaded' ? state.value : null;
  const link = summary ? safeLink(summary.siteUrl) : null;
  const name = summary ? summary.title : address;
  const siteCell = (
    <th scope="row" className={classNames.siteCell}>
      <span className={classNames.siteName}>{link ? <a href={link}>{name}</a> : name}</span>
      {thisSite ? <span className={classNames.note}>{strings.ThisSite}</span> : null}
      {summary && summary.title !== summary.siteUrl ? <span className={classNames.note}>{summary.siteUrl}</span> : null}
    </th>
  );
  // The cells after the site's own: assessment, level, score, progress, foundation, then categories.
  const span = 5 + columns.length;
  if (state.status === 'loading') {
    return (
      <tr>
        {siteCell}
        <td colSpan={span}>
          <Spinner size={SpinnerSize.small} label={formatString(strings.SitesLoading, address)} labelPosition="right" />
        </td>
      </tr>
    );
  }
  if (state.status === 'failed' || summary === null) {
    return (
      <tr>
        {siteCell}
        <td colSpan={span}>
          <div className={classNames.failed}>
            <span className={classNames.reason}>{state.status === 'failed' ? failureLabel(state.error) : strings.SitesFailed}</span>
            <span>{state.status === 'failed' ? state.message : ''}</span>
          </div>
          <DefaultButton className={classNames.retry} text={ShellStrings.RetryButton} ariaLabel={formatString(strings.SitesRetry, address)} onClick={retry} />
        </td>
      </tr>
    );
  }
  const a = summary.assessment;
  const byCategory: Record<string, SiteCategoryLevel> = {};
  summary.categories.forEach((c) => {
    byCategory[c.category] = c;
  });
  const issues = summary.issues.length;
  return (
    <tr>
      {siteCell}
      <td className={classNames.assessmentCell}>
        {a ? formatString(strings.SitesAssessmentLine, a.title, dateText(a.startDate ?? a.created ?? '')) : strings.SitesNoAssessment}
        {summary.model ? <span className={classNames.note}>{formatString(strings.SitesModelLine, summary.model.name, summary.model.version)}</span> : null}
        {issues > 0 ? <span className={classNames.note}>{issues === 1 ? strings.SitesIssuesOne : formatString(strings.SitesIssuesMany, issues)}</span> : null}
      </td>
      <td>{a ? <LevelCell level={summary.level} name={summary.levelName} theme={theme} /> : null}</td>
      <td>{a ? (summary.score === null ? strings.SitesNoScore : formatString(strings.SitesScore, summary.score.toFixed(1))) : null}</td>
      <td>{summary.progress ? formatString(strings.SitesProgress, summary.progress.complete, summary.progress.capabilities, Math.round(summary.progress.percentComplete ?? 0)) : null}</td>
      <td>{summary.foundation ? <LevelCell level={summary.foundation.level} name={summary.foundation.levelName} theme={theme} /> : null}</td>
      {columns.map((c) => {
        const found = Object.prototype.hasOwnProperty.call(byCategory, c.key) ? byCategory[c.key] : undefined;
        return <td key={c.key}>{!a ? null : found ? <LevelCell level={found.level} name={found.levelName} theme={theme} /> : strings.SitesNotInModel}</td>;
      })}
    </tr>
  );
};

/** One site's row, reading through that site's own store: its failure is its own. */
const SiteRow: React.FC<ISiteRowProps & { store: NimmStore }> = ({ store, ...rest }) => (
  <StoreContext.Provider value={store}>
    <SiteRowContent {...rest} />
  </StoreContext.Provider>
);

/** One other site's row; its store is made once per address. */
const OtherSiteRow: React.FC<ISiteRowProps & { storeForSite: (siteUrl: string) => NimmStore }> = ({ storeForSite, ...rest }) => {
  const store = React.useMemo(() => storeForSite(rest.address), [storeForSite, rest.address]);
  return <SiteRow store={store} {...rest} />;
};

/**
 * Across sites: this site and each other NIMM site from the web part's settings side by side, one
 * row each (its newest assessment, organisation level and score, progress, foundation capabilities
 * and a column per category), every level in words and in its colour. Each site is read in
 * parallel through its own store, so one that is forbidden, not set up or unreachable says why in
 * its own row and the rest are shown. Nothing is copied between sites.
 */
export const AcrossSitesView: React.FC<IDashboardViewProps> = ({ data, headingLevel, siteUrl, otherSites, storeForSite }) => {
  const theme = useTheme();
  const classNames = getDashboardClassNames(theme);
  const thisStore = useStore();
  const columns = React.useMemo(() => {
    const found: CategoryColumn[] = [];
    heatmapRows(data.shown.model, data.report).aspects.forEach((aspect) => aspect.rows.forEach((row) => found.push({ key: row.category, name: row.name })));
    return found;
  }, [data]);
  const sitesKey = otherSites.join('\n');
  const others = React.useMemo(() => {
    const seen: string[] = [sameSite(siteUrl)];
    return otherSites.filter((url) => {
      const key = sameSite(url);
      if (key === '' || seen.indexOf(key) >= 0) return false;
      seen.push(key);
      return true;
    });
    // The list is compared by content: the web part passes a new array on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sitesKey, siteUrl]);

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.SitesHeading}
      </Heading>
      {others.length === 0 || !storeForSite ? (
        <MessageBar isMultiline={true}>{strings.SitesNotConfigured}</MessageBar>
      ) : (
        <>
          <p className={classNames.paragraph}>{strings.SitesIntro}</p>
          <div className={classNames.tableBox} role="region" aria-label={strings.SitesCaption} tabIndex={0}>
            <table className={classNames.table}>
              <caption className={classNames.caption}>{strings.SitesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.SiteColumn}</th>
                  <th scope="col">{strings.SitesAssessmentColumn}</th>
                  <th scope="col">{strings.SitesLevelColumn}</th>
                  <th scope="col">{strings.SitesScoreColumn}</th>
                  <th scope="col">{strings.SitesProgressColumn}</th>
                  <th scope="col">{strings.SitesFoundationColumn}</th>
                  {columns.map((c) => (
                    <th scope="col" key={c.key}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <SiteRow store={thisStore} address={siteUrl} thisSite={true} columns={columns} />
                {others.map((url) => (
                  <OtherSiteRow key={sameSite(url)} storeForSite={storeForSite} address={url} thisSite={false} columns={columns} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
};
