import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { Dropdown, DropdownMenuItemType, type IDropdownOption, Link, MessageBar, useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { profileGaps, type AttachedEvidence, type CapabilityGap, type ChecklistLine, type EntitlementChecklist, type Model, type Profile, type ProfileKind } from '../../nimm';
import { Heading } from '../shared/Heading';
import { useSiteUrl } from '../shell';
import { dateText } from '../shell/dates';
import { todayIso } from '../assessment/evidence/evidenceText';
import { getDashboardClassNames } from './dashboard.styles';
import type { IDashboardViewProps } from './dashboardData';
import { profileAddress, readProfileAddress } from './dashboardAddress';
import { evidenceHref, evidenceRecords } from './evidenceLinks';

const KINDS: ProfileKind[] = ['target', 'service', 'entitlement'];
const KIND_TEXT: Record<ProfileKind, string> = { target: strings.ProfileKindTarget, service: strings.ProfileKindService, entitlement: strings.ProfileKindEntitlement };

/** The model's profiles by kind (targets, then services, then entitlements), each kind in model order. */
export function profilesByKind(model: Model): Profile[] {
  const sorted: Profile[] = [];
  KINDS.forEach((kind) => model.profiles.forEach((p) => p.kind === kind && sorted.push(p)));
  return sorted;
}

/** The profile shown: the one in the address, else the assessment's target profile, else the first target profile. */
export function chosenProfile(model: Model, fromAddress: string | null, targetProfile: string | null): string | null {
  const has = (key: string | null): key is string => key !== null && model.profiles.some((p) => p.key === key);
  if (has(fromAddress)) return fromAddress;
  if (has(targetProfile)) return targetProfile;
  const sorted = profilesByKind(model);
  return sorted.length > 0 ? sorted[0].key : null;
}

/** Not met first, biggest gap first; then those met; each in the profile's order. */
function gapOrder(gaps: CapabilityGap[]): CapabilityGap[] {
  return gaps
    .map((gap, order) => ({ gap, order }))
    .sort((a, b) => b.gap.gap - a.gap.gap || a.order - b.order)
    .map(({ gap }) => gap);
}

function gapText(gap: number): string {
  return gap === 0 ? strings.GapNone : gap === 1 ? strings.GapOne : formatString(strings.GapMany, gap);
}

/** What a capability below its target needs next, as a short list: dependencies first, then the criteria of its next level. */
const NextSteps: React.FC<{ gap: CapabilityGap; className: string; nestedClassName: string }> = ({ gap, className, nestedClassName }) => {
  const next = gap.next;
  if (next === null) return <>{strings.NextMet}</>;
  const items: React.ReactNode[] = next.holdBacks.map((h) => <li key={`hold-${h.capability}-${h.forLevel}`}>{h.sentence}</li>);
  const level = next.nextLevel;
  if (level !== null) {
    const toDo = level.perspectives.reduce<React.ReactNode[]>((all, p) => {
      p.toDo.forEach((c) =>
        all.push(
          <li key={c.key}>
            {formatString(c.answer === 'partial' ? strings.CriterionPartly : c.answer === 'not-met' ? strings.CriterionNotMet : strings.CriterionUnanswered, c.text)}
          </li>
        )
      );
      return all;
    }, []);
    if (toDo.length > 0) {
      items.push(
        <li key="criteria">
          {formatString(strings.NextCriteria, level.level)}
          <ul className={nestedClassName}>{toDo}</ul>
        </li>
      );
    }
    level.requirements.forEach((r) => items.push(<li key={`needs-${r.capability}-${r.forLevel}`}>{r.sentence}</li>));
  }
  // Nothing more specific to list (a capability the model lacks, a level without criteria): the engine's sentences say why.
  if (items.length === 0) next.sentences.forEach((s, i) => items.push(<li key={`s-${i}`}>{s}</li>));
  return <ul className={className}>{items}</ul>;
};

const EvidenceLinks: React.FC<{ line: ChecklistLine; siteUrl: string; listClassName: string; hiddenClassName: string }> = ({ line, siteUrl, listClassName, hiddenClassName }) => {
  if (line.evidence.length === 0) return <>{strings.NoEvidence}</>;
  const piece = (e: AttachedEvidence, i: number): React.ReactNode => {
    const href = evidenceHref(e.url, siteUrl);
    const expiry = e.expired === true ? formatString(strings.EvidenceExpiredOn, dateText(e.expires ?? '')) : e.expires ? formatString(strings.EvidenceExpiresOn, dateText(e.expires)) : '';
    return (
      <li key={`${e.id ?? e.url}-${i}`}>
        {href !== null ? (
          <Link href={href} target="_blank" rel="noopener noreferrer">
            {e.title}
            <span className={hiddenClassName}> {strings.OpensInNewTab}</span>
          </Link>
        ) : (
          <>
            {e.title} {strings.EvidenceNotOpenable}
          </>
        )}
        {expiry ? `: ${expiry}` : null}
      </li>
    );
  };
  return (
    <>
      <ul className={listClassName}>{line.evidence.map(piece)}</ul>
      {line.met !== null && !line.hasCurrentEvidence ? <p>{strings.NoCurrentEvidence}</p> : null}
    </>
  );
};

const Checklist: React.FC<{ checklist: EntitlementChecklist; siteUrl: string }> = ({ checklist, siteUrl }) => {
  const classNames = getDashboardClassNames(useTheme());
  return (
    <>
      <p className={classNames.paragraph}>{strings.ChecklistIntro}</p>
      <p className={classNames.paragraph}>{checklist.sentence}</p>
      <div className={classNames.tableBox}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{formatString(strings.ChecklistCaption, checklist.name)}</caption>
          <ColumnHeads labels={[strings.CapabilityColumn, strings.NeedsColumn, strings.CurrentLevelColumn, strings.ResultColumn, strings.EvidenceColumn]} />
          <tbody>
            {checklist.lines.map((line) => (
              <tr key={line.capability} className={line.met === false ? classNames.flaggedRow : undefined}>
                <th scope="row" className={classNames.rowHeader}>
                  {line.name}
                </th>
                <td>{formatString(strings.LevelOrAbove, line.target)}</td>
                <td>{line.effectiveLevel === null ? strings.NotApplicableShort : formatString(strings.LevelShort, line.effectiveLevel)}</td>
                <td className={line.met === false ? classNames.marker : undefined}>{line.met === null ? strings.ResultLeftOut : line.met ? strings.ResultMet : strings.ResultNotMet}</td>
                <td>
                  <EvidenceLinks line={line} siteUrl={siteUrl} listClassName={classNames.linkList} hiddenClassName={classNames.hiddenText} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

/**
 * The assessment against a profile of its model: readiness, then the gaps by capability with what
 * each needs next; an entitlement profile as its checklist with the evidence backing each line.
 * The profile chosen is kept in the page address (?nimmProfile=).
 */
export const ProfileView: React.FC<IDashboardViewProps> = ({ data, headingLevel, siteUrl }) => {
  const classNames = getDashboardClassNames(useTheme());
  const pageSite = useSiteUrl();
  const site = siteUrl || pageSite;
  const { shown, assessment, report } = data;
  const [fromAddress, setFromAddress] = React.useState(() => readProfileAddress(window.location.href));
  React.useEffect(() => {
    const onPop = (): void => setFromAddress(readProfileAddress(window.location.href));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const key = chosenProfile(shown.model, fromAddress, shown.assessment.targetProfile);
  const evidence = React.useMemo(() => evidenceRecords(data.view.evidence), [data.view.evidence]);
  const result = React.useMemo(
    () => (key === null ? null : profileGaps(shown.model, assessment, key, { report, evidence, today: todayIso() })),
    [shown.model, assessment, report, key, evidence]
  );
  // The model's profiles by kind, then the site's own, listed apart.
  const local = data.localProfiles;
  const options: IDropdownOption[] = profilesByKind(shown.model)
    .filter((p) => !local[p.key])
    .map((p): IDropdownOption => ({ key: p.key, text: formatString(strings.ProfileOption, p.name, KIND_TEXT[p.kind]) }));
  const siteOwn = shown.model.profiles.filter((p) => local[p.key]);
  if (siteOwn.length > 0) {
    options.push({ key: 'group-local', text: strings.LocalProfilesGroup, itemType: DropdownMenuItemType.Header });
    siteOwn.forEach((p) => options.push({ key: p.key, text: formatString(strings.LocalProfileOption, p.name, KIND_TEXT[p.kind]) }));
  }
  const shownLocal = key !== null ? local[key] : undefined;
  const choose = (next: string): void => {
    setFromAddress(next);
    const href = profileAddress(window.location.href, next);
    if (href !== window.location.href) window.history.pushState(null, '', href);
  };

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.ProfileHeading}
      </Heading>
      {result === null || result.profile === null ? (
        <MessageBar>{strings.NoProfiles}</MessageBar>
      ) : (
        <>
          <div className={classNames.toolbar}>
            <Dropdown
              className={classNames.chooser}
              label={strings.ChooseProfile}
              options={options}
              selectedKey={key}
              onChange={(_e, option) => option && choose(String(option.key))}
            />
          </div>
          {result.profile.description ? <p className={classNames.paragraph}>{result.profile.description}</p> : null}
          {shownLocal ? <p className={classNames.paragraph}>{strings.LocalProfileNote}</p> : null}
          {shownLocal && shownLocal.notInModel.length > 0 ? (
            <p className={classNames.paragraph}>{formatString(strings.LocalProfileNotInModel, shownLocal.notInModel.join(', '))}</p>
          ) : null}
          {result.profile.localSettingsNote ? <p className={classNames.paragraph}>{formatString(strings.LocalSettingsNote, result.profile.localSettingsNote)}</p> : null}
          <ul className={classNames.figures}>
            <li className={classNames.figure}>
              <span className={classNames.figureLabel}>{strings.ReadinessLabel}</span>
              <span className={classNames.figureValue}>{formatString(strings.ReadinessValue, Math.round((result.readiness ?? 0) * 100))}</span>
            </li>
            <li className={classNames.figure}>
              <span className={classNames.figureLabel}>{strings.TargetsMetLabel}</span>
              <span className={classNames.figureValue}>{formatString(strings.TargetsMetValue, result.targetsMet, result.counted)}</span>
            </li>
          </ul>
          {result.checklist === null ? <p className={classNames.paragraph}>{result.sentence}</p> : null}
          {result.checklist !== null ? (
            <Checklist checklist={result.checklist} siteUrl={site} />
          ) : (
            <>
              <p className={classNames.paragraph}>{strings.GapsIntro}</p>
              <div className={classNames.tableBox}>
                <table className={classNames.table}>
                  <caption className={classNames.caption}>{formatString(strings.GapsCaption, result.profile.name)}</caption>
                  <ColumnHeads labels={[strings.CapabilityColumn, strings.CurrentLevelColumn, strings.TargetColumn, strings.GapColumn, strings.NextColumn]} />
                  <tbody>
                    {gapOrder(result.gaps).map((gap) => (
                      <tr key={gap.capability}>
                        <th scope="row" className={classNames.rowHeader}>
                          {gap.name}
                        </th>
                        <td>{gap.status === 'not-assessed' ? `${formatString(strings.LevelShort, gap.effectiveLevel)}, ${strings.NotAssessedShort}` : formatString(strings.LevelShort, gap.effectiveLevel)}</td>
                        <td>{formatString(strings.LevelShort, gap.target)}</td>
                        <td>{gapText(gap.gap)}</td>
                        <td>
                          <NextSteps gap={gap} className={classNames.list} nestedClassName={classNames.nestedList} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {result.checklist === null && result.leftOut.length > 0 ? (
            <>
              <Heading level={headingLevel + 1} className={classNames.subHeading}>
                {strings.LeftOutHeading}
              </Heading>
              <ul className={classNames.list}>
                {result.leftOut.map((l) => (
                  <li key={l.capability}>{l.reason}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </>
  );
};
