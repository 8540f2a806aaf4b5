import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { ComboBox, Dropdown, type IComboBoxOption, type IDropdownOption, useTheme } from '@fluentui/react';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { analyseImpact, phaseDates, phaseLoadsAfterSlip, roadmapStepLinks, slipStep, type Capability, type ImpactReport, type LevelChange, type Model, type SlipReport } from '../../nimm';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getRoadmapClassNames } from './roadmap.styles';
import { capacityText, percentText } from './roadmapText';
import type { IRoadmapViewProps } from './views';

/** One edge of a capability's neighbourhood: another capability and the levels involved. */
export interface NeighbourLink {
  capability: string;
  name: string;
  /** The level needed of the capability that is needed. */
  minLevel: number;
  /** The level of the needing capability from which it is needed. */
  fromLevel: number;
}

export interface Neighbourhood {
  needs: NeighbourLink[];
  neededBy: NeighbourLink[];
}

/** What a capability needs and what needs it, each once per capability (its lowest level first), by name. */
export function neighbourhood(model: Model, key: string): Neighbourhood {
  const names: Record<string, string> = {};
  model.capabilities.forEach((c) => {
    names[c.key] = c.name;
  });
  const once = (links: NeighbourLink[]): NeighbourLink[] => {
    const seen: Record<string, true> = {};
    return links
      .slice()
      .sort((a, b) => a.fromLevel - b.fromLevel || a.minLevel - b.minLevel)
      .filter((l) => (seen[l.capability] ? false : (seen[l.capability] = true)))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  const own = model.capabilities.filter((c) => c.key === key)[0];
  const needs = own ? own.dependencies.filter((d) => d.requires !== key).map((d) => ({ capability: d.requires, name: names[d.requires] || d.requires, minLevel: d.minLevel, fromLevel: d.level })) : [];
  const neededBy: NeighbourLink[] = [];
  model.capabilities.forEach((c: Capability) => {
    if (c.key === key) return;
    c.dependencies.forEach((d) => {
      if (d.requires === key) neededBy.push({ capability: c.key, name: c.name, minLevel: d.minLevel, fromLevel: d.level });
    });
  });
  return { needs: once(needs), neededBy: once(neededBy) };
}

/** Boxes drawn on each side; the rest are counted in words (the list below names them all). */
const DRAWN = 5;

function shortName(name: string): string {
  return name.length > 26 ? `${name.slice(0, 25)}\u2026` : name;
}

/** The neighbourhood as a small picture: what it needs on the left, the capability, what needs it on the right. */
const NeighbourhoodPicture: React.FC<{ name: string; hood: Neighbourhood; alt: string }> = ({ name, hood, alt }) => {
  const theme = useTheme();
  const { palette } = theme;
  const rows = Math.max(1, Math.min(DRAWN, Math.max(hood.needs.length, hood.neededBy.length)) + 1);
  const rowHeight = 36;
  const height = rows * rowHeight + 8;
  const boxWidth = 190;
  const centreY = height / 2;
  const side = (links: NeighbourLink[], x: number): React.ReactNode[] => {
    const shown = links.slice(0, DRAWN);
    const items: React.ReactNode[] = shown.map((l, i) => {
      const y = 8 + i * rowHeight;
      const edgeX = x === 0 ? boxWidth : x;
      return (
        <g key={`${x}-${l.capability}`}>
          <line x1={edgeX} y1={y + 14} x2={x === 0 ? 215 : 385} y2={centreY} stroke={palette.neutralSecondary} strokeWidth={1.5} />
          <rect x={x} y={y} width={boxWidth} height={28} rx={2} fill={palette.white} stroke={palette.neutralPrimary} />
          <text x={x + 8} y={y + 19} fontSize={12} fill={palette.neutralPrimary}>
            {shortName(l.name)}
          </text>
        </g>
      );
    });
    if (links.length > DRAWN) {
      items.push(
        <text key={`${x}-more`} x={x + 8} y={8 + DRAWN * rowHeight + 16} fontSize={12} fill={palette.neutralPrimary}>
          {formatString(strings.NeighbourhoodMore, links.length - DRAWN)}
        </text>
      );
    }
    return items;
  };
  return (
    <svg role="img" aria-label={alt} viewBox={`0 0 600 ${height}`} width="100%" style={{ maxWidth: 600, display: 'block', margin: '0 0 8px' }} focusable="false">
      {side(hood.needs, 0)}
      {side(hood.neededBy, 410)}
      <rect x={215} y={centreY - 16} width={170} height={32} rx={2} fill={palette.neutralLighter} stroke={palette.neutralPrimary} strokeWidth={2} />
      <text x={300} y={centreY + 5} fontSize={13} fontWeight={600} textAnchor="middle" fill={palette.neutralPrimary}>
        {shortName(name)}
      </text>
    </svg>
  );
};

function levelText(level: number | null): string {
  return level === null ? strings.NotApplicableLevel : String(level);
}

/**
 * What if: rule 9 for a capability and level chosen here (what else moves, directly and through
 * other capabilities, and which profiles' readiness moves), its dependency neighbourhood drawn and
 * listed, and what the plan's end would be if one of its steps slipped.
 */
export const WhatIfView: React.FC<IRoadmapViewProps> = ({ plan, base, headingLevel }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const model = base.model;
  const topLevel = model.levels.reduce((top, l) => Math.max(top, l.level), 1);
  const [capability, setCapability] = React.useState<string | null>(null);
  const [level, setLevel] = React.useState<number>(2);
  const allSteps = React.useMemo(() => plan.phases.reduce((all, p) => all.concat(p.steps), [] as typeof plan.phases[number]['steps']), [plan]);
  const [slipKey, setSlipKey] = React.useState<string | null>(null);
  const [slipBy, setSlipBy] = React.useState(1);
  const links = React.useMemo(() => roadmapStepLinks(model, plan.report), [model, plan]);
  const slipChosen = slipKey !== null && plan.steps.has(slipKey) ? slipKey : allSteps.length > 0 ? allSteps[0].key : null;
  const slip: SlipReport | null = React.useMemo(() => (slipChosen ? slipStep(plan.report, links, slipChosen, slipBy) : null), [plan, links, slipChosen, slipBy]);

  const impact: ImpactReport | null = React.useMemo(() => {
    if (!capability) return null;
    try {
      return analyseImpact(model, base.assessment, capability, level);
    } catch {
      return null;
    }
  }, [model, base, capability, level]);
  const hood = React.useMemo(() => (capability ? neighbourhood(model, capability) : null), [model, capability]);

  const nameOf = (key: string): string => {
    const c = base.capabilities.get(key);
    return c ? c.name : key;
  };
  const capabilityOptions: IComboBoxOption[] = model.capabilities
    .map((c) => ({ key: c.key, text: c.name }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const levelOptions: IDropdownOption[] = model.levels.filter((l) => l.level >= 1 && l.level <= topLevel).map((l) => ({ key: l.level, text: formatString(strings.WhatIfLevelOption, l.level, l.name) }));
  const profileName = (key: string): string => model.profiles.filter((p) => p.key === key).map((p) => p.name)[0] ?? key;
  const standing = (s: { met: boolean; readiness: number }): string => formatString(strings.ReadinessWithMet, percentText(s.readiness), s.met ? strings.ProfileMet : strings.ProfileNotMet);
  const endOf = (phase: number): string => dateText(phaseDates(plan.settings.startDate, plan.settings.phaseMonths, phase).end);

  const changes: Array<LevelChange & { primary: boolean }> = impact ? impact.primary.map((c) => ({ ...c, primary: true })).concat(impact.secondary.map((c) => ({ ...c, primary: false }))) : [];
  const capabilityName = capability ? nameOf(capability) : '';
  const list = (links: NeighbourLink[]): string => (links.length === 0 ? strings.NeighbourhoodNothing : links.map((l) => l.name).join(', '));
  const alt = hood
    ? hood.needs.length === 0
      ? formatString(strings.NeighbourhoodAltNeedsNothing, capabilityName, list(hood.neededBy))
      : formatString(strings.NeighbourhoodAlt, capabilityName, list(hood.needs), list(hood.neededBy))
    : '';
  // A slip does not fill the phases again: say which phases it would put over the capacity.
  const capacity = plan.settings.capacity;
  const overAfterSlip =
    slip && capacity !== null
      ? phaseLoadsAfterSlip(plan.report, slip, (key) => {
          const step = plan.steps.get(key);
          if (plan.settings.capacityUnit !== 'days') return 1;
          return step && step.estimateDays !== null ? step.estimateDays : plan.settings.defaultEffortDays;
        }).filter((l) => l.effort > capacity + 1e-9 && l.steps > 1)
      : [];
  const slipOptions: IDropdownOption[] = allSteps.map((s) => ({ key: s.key, text: formatString(strings.SlipStepOption, s.title, s.phase) }));
  const slipByOptions: IDropdownOption[] = [1, 2, 3, 4].map((n) => ({ key: n, text: n === 1 ? strings.SlipOnePhase : formatString(strings.SlipPhasesOption, n) }));

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.WhatIfHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.WhatIfIntro}</p>
      <div className={classNames.settings}>
        <ComboBox
          className={classNames.wideField}
          label={strings.WhatIfCapabilityLabel}
          options={capabilityOptions}
          selectedKey={capability}
          autoComplete="on"
          allowFreeform={false}
          useComboBoxAsMenuWidth={true}
          onChange={(_e, option) => option && setCapability(String(option.key))}
        />
        <Dropdown className={classNames.field} label={strings.WhatIfLevelLabel} options={levelOptions} selectedKey={level} onChange={(_e, option) => option && setLevel(Number(option.key))} />
      </div>
      <div aria-live="polite">
        {!capability || !impact ? (
          <p className={classNames.paragraph}>{strings.WhatIfChooseCapability}</p>
        ) : (
          <p className={classNames.paragraph}>
            {formatString(strings.WhatIfSummary, capabilityName, levelText(impact.from), impact.to)}{' '}
            {impact.primary.length + impact.secondary.length + impact.profiles.length === 0 ? strings.WhatIfNoEffect : null}
          </p>
        )}
      </div>
      {impact ? (
        <>
          {changes.length === 0 ? (
            <p className={classNames.paragraph}>{strings.WhatIfNoCapabilities}</p>
          ) : (
            <div className={classNames.tableBox}>
              <table className={classNames.table} data-nimm-whatif="capabilities">
                <caption className={classNames.caption}>{strings.WhatIfCapabilitiesCaption}</caption>
                <ColumnHeads labels={[strings.ColumnCapability, strings.ColumnLevelBefore, strings.ColumnLevelAfter, strings.ColumnEffect]} />
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.capability}>
                      <th scope="row">{nameOf(c.capability)}</th>
                      <td>{levelText(c.before)}</td>
                      <td>{levelText(c.after)}</td>
                      <td>{c.primary ? strings.EffectPrimary : strings.EffectSecondary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {impact.profiles.length === 0 ? (
            <p className={classNames.paragraph}>{strings.WhatIfNoProfiles}</p>
          ) : (
            <div className={classNames.tableBox}>
              <table className={classNames.table} data-nimm-whatif="profiles">
                <caption className={classNames.caption}>{strings.WhatIfProfilesCaption}</caption>
                <ColumnHeads labels={[strings.ColumnProfile, strings.ColumnReadinessBefore, strings.ColumnReadinessAfter]} />
                <tbody>
                  {impact.profiles.map((p) => (
                    <tr key={p.profile}>
                      <th scope="row">{profileName(p.profile)}</th>
                      <td>{standing(p.before)}</td>
                      <td>{standing(p.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
      {hood && capability ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.NeighbourhoodHeading}
          </Heading>
          <NeighbourhoodPicture name={capabilityName} hood={hood} alt={alt} />
          <p className={classNames.label}>{strings.NeighbourhoodNeeds}</p>
          {hood.needs.length === 0 ? (
            <p className={classNames.paragraph}>{strings.NeighbourhoodNone}</p>
          ) : (
            <ul className={classNames.smallList}>
              {hood.needs.map((l) => (
                <li key={l.capability}>{formatString(strings.NeighbourhoodNeedLine, l.name, l.minLevel, l.fromLevel)}</li>
              ))}
            </ul>
          )}
          <p className={classNames.label}>{strings.NeighbourhoodNeededBy}</p>
          {hood.neededBy.length === 0 ? (
            <p className={classNames.paragraph}>{strings.NeighbourhoodNone}</p>
          ) : (
            <ul className={classNames.smallList}>
              {hood.neededBy.map((l) => (
                <li key={l.capability}>{formatString(strings.NeighbourhoodNeededLine, l.name, l.minLevel, l.fromLevel)}</li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.SlipHeading}
      </Heading>
      {allSteps.length === 0 || !slip || !slipChosen ? (
        <p className={classNames.paragraph}>{strings.SlipNoSteps}</p>
      ) : (
        <>
          <p className={classNames.paragraph}>{strings.SlipIntro}</p>
          <div className={classNames.settings}>
            <Dropdown className={classNames.wideField} label={strings.SlipStepLabel} options={slipOptions} selectedKey={slipChosen} onChange={(_e, option) => option && setSlipKey(String(option.key))} />
            <Dropdown className={classNames.field} label={strings.SlipPhasesLabel} options={slipByOptions} selectedKey={slipBy} onChange={(_e, option) => option && setSlipBy(Number(option.key))} />
          </div>
          <div aria-live="polite">
            <p className={classNames.paragraph}>
              {slip.lastPhaseAfter > slip.lastPhaseBefore
                ? formatString(strings.SlipFinishLater, slip.lastPhaseAfter, endOf(slip.lastPhaseAfter), slip.lastPhaseBefore, endOf(slip.lastPhaseBefore))
                : formatString(strings.SlipFinishSame, slip.lastPhaseAfter, endOf(slip.lastPhaseAfter))}
            </p>
          </div>
          {overAfterSlip.length > 0 ? (
            <p className={classNames.paragraph} data-nimm-slip="over">
              {formatString(
                overAfterSlip.length === 1 ? strings.SlipOverOne : strings.SlipOverMany,
                overAfterSlip.map((l) => formatString(strings.SlipOverPhase, l.phase, capacityText({ capacity: l.effort, capacityUnit: plan.settings.capacityUnit }))).join(strings.FactSeparator),
                capacityText(plan.settings)
              )}
            </p>
          ) : null}
          <p className={classNames.label}>{strings.SlipMovedCaption}</p>
          <ul className={classNames.smallList} data-nimm-slip="moved">
            {slip.moved.map((m) => {
              const step = plan.steps.get(m.key);
              return <li key={m.key}>{formatString(strings.SlipMovedLine, step ? step.title : m.key, m.from, endOf(m.from), m.to, endOf(m.to))}</li>;
            })}
          </ul>
        </>
      )}
    </>
  );
};
