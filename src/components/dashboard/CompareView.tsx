import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { MessageBar, Toggle, useTheme } from '@fluentui/react';
import { domainAssessment } from '../../data/mappers/domainAssessment';
import type { AssessmentSummary, AssessmentView } from '../../data/types';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { compareScopes, type ScopeLevel, type ScopeRow } from '../../nimm';
import { Heading } from '../shared/Heading';
import { DataView, useStoreData } from '../shell';
import { AssessmentChooser } from '../shared/AssessmentChooser';
import { getDashboardClassNames } from './dashboard.styles';
import type { DashboardData, IDashboardViewProps } from './dashboardData';

function sameScope(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Assessments of other scopes than the one shown, newest first (the site lists them so). */
export function otherScopes(shown: AssessmentSummary, all: readonly AssessmentSummary[]): AssessmentSummary[] {
  return all.filter((a) => a.id !== shown.id && !sameScope(a.scope, shown.scope));
}

/** One side's level in words. */
export function scopeLevelText(level: ScopeLevel): string {
  if (level.status === 'assessed' && level.effectiveLevel !== null) return formatString(strings.LevelShort, level.effectiveLevel);
  if (level.status === 'not-applicable') return strings.NotApplicableShort;
  if (level.status === 'not-in-model') return strings.NotInItsModel;
  return strings.NotAssessedShort;
}

/** How a row compares, in words: the "mind the gap" marker is text, not colour. */
export function comparisonText(row: ScopeRow): string {
  const by = Math.abs(row.difference ?? 0);
  switch (row.flag) {
    case 'customer-below':
      return by === 1 ? strings.MindTheGapOne : formatString(strings.MindTheGapMany, by);
    case 'provider-below':
      return by === 1 ? strings.ProviderBelowOne : formatString(strings.ProviderBelowMany, by);
    case 'level':
      return strings.SameLevel;
    default:
      return strings.NotCompared;
  }
}

function sideName(a: AssessmentSummary): string {
  return formatString(strings.SideName, a.title, a.scope);
}

interface IComparisonProps {
  data: DashboardData;
  other: AssessmentView;
  /** True when the assessment shown is the customer and the other the provider. */
  swapped: boolean;
  headingLevel: number;
}

const Comparison: React.FC<IComparisonProps> = ({ data, other, swapped, headingLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const comparison = React.useMemo(() => {
    const shownSide = { model: data.shown.model, assessment: data.assessment };
    const otherSide = { model: other.model, assessment: domainAssessment(other.model, other.assessment, other.responses) };
    return swapped ? compareScopes(otherSide, shownSide) : compareScopes(shownSide, otherSide);
  }, [data, other, swapped]);
  const provider = swapped ? other.assessment : data.shown.assessment;
  const customer = swapped ? data.shown.assessment : other.assessment;
  const rows = comparison.mindTheGap
    .concat(comparison.rows.filter((r) => r.flag === 'level'))
    .concat(comparison.rows.filter((r) => r.flag === 'not-compared'));

  const table = (caption: string, shownRows: ScopeRow[]): JSX.Element => (
    <div className={classNames.tableBox}>
      <table className={classNames.table}>
        <caption className={classNames.caption}>{caption}</caption>
        <ColumnHeads labels={[strings.CapabilityColumn, strings.ProviderColumn, strings.CustomerColumn, strings.ComparisonColumn]} />
        <tbody>
          {shownRows.map((row) => {
            const flagged = row.flag === 'customer-below';
            return (
              <tr key={row.capability} className={flagged ? classNames.flaggedRow : undefined}>
                <th scope="row" className={classNames.rowHeader}>
                  {row.name}
                </th>
                <td>{scopeLevelText(row.provider)}</td>
                <td>{scopeLevelText(row.customer)}</td>
                <td className={flagged ? classNames.marker : undefined}>{comparisonText(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <p className={classNames.paragraph}>{formatString(strings.RolesLine, sideName(provider), sideName(customer))}</p>
      <p className={classNames.paragraph}>{comparison.sentence}</p>
      {table(strings.CompareCaption, rows)}
      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.ProviderBelowHeading}
      </Heading>
      {comparison.providerBelow.length === 0 ? <p className={classNames.paragraph}>{strings.NoProviderBelow}</p> : table(strings.ProviderBelowCaption, comparison.providerBelow)}
      {comparison.issues.length > 0 ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.CompareNotesHeading}
          </Heading>
          <ul className={classNames.list}>
            {comparison.issues.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
};

const LoadedComparison: React.FC<Omit<IComparisonProps, 'other'> & { otherId: number }> = ({ otherId, ...rest }) => {
  const { state, retry } = useStoreData((store) => store.loadAssessmentView(otherId), { key: otherId, refreshOn: ['responses', 'assessments'] });
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingOther} failedLabel={strings.LoadOtherFailed}>
      {(other) => <Comparison other={other} {...rest} />}
    </DataView>
  );
};

/**
 * A shared service provider against a customer: the assessment shown (the provider unless the roles
 * are swapped) and another assessment of the site, of another scope, capability by capability.
 * Where the customer is below the provider the row comes first and says "mind the gap"; where the
 * provider is below the customer, the rows are listed apart.
 */
export const CompareView: React.FC<IDashboardViewProps> = ({ data, headingLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const others = otherScopes(data.shown.assessment, data.view.assessments);
  const [chosen, setChosen] = React.useState<number | null>(null);
  const [swapped, setSwapped] = React.useState(false);
  const otherId = others.some((a) => a.id === chosen) ? (chosen as number) : others.length > 0 ? others[0].id : null;

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.CompareHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.CompareIntro}</p>
      {otherId === null ? (
        <MessageBar>{strings.NoOtherScope}</MessageBar>
      ) : (
        <>
          <div className={classNames.toolbar}>
            <AssessmentChooser className={classNames.chooser} label={strings.ChooseOther} assessments={others} selectedId={otherId} onChoose={setChosen} />
            <Toggle label={strings.SwapRoles} checked={swapped} onChange={(_e, checked) => setSwapped(!!checked)} />
          </div>
          <LoadedComparison key={otherId} otherId={otherId} data={data} swapped={swapped} headingLevel={headingLevel} />
        </>
      )}
    </>
  );
};
