import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import { getGuideClassNames } from '../modelGuide.styles';
import { fillTemplate, formatString, GuideStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { levelInSentence } from '../levelText';
import { type IGuideData } from '../modelGuideLogic';
import type { ICapabilityRelationsProps } from './ICapabilityRelationsProps';

interface ICapabilityLinkProps {
  capabilityKey: string;
  guide: IGuideData;
  onJump: (key: string) => void;
}

/** A button, styled as a link, that opens another capability and moves focus to it. */
const CapabilityLink: React.FC<ICapabilityLinkProps> = ({ capabilityKey, guide, onJump }) => {
  const classNames = getGuideClassNames(useTheme());
  const target = guide.capabilitiesByKey.get(capabilityKey);
  if (!target) return <>{formatString(strings.UnknownCapability, capabilityKey)}</>;
  return (
    <Link className={classNames.jump} onClick={() => onJump(capabilityKey)}>
      {target.name}
    </Link>
  );
};

/** A localised sentence with React nodes in its placeholders; every other part stays text. */
function sentence(template: string, values: React.ReactNode[]): React.ReactNode[] {
  return fillTemplate(template, values).map((part, i) => <React.Fragment key={i}>{part}</React.Fragment>);
}

/** "Depends on" and "Needed by": both directions of the dependency graph, each linking onwards. */
export const CapabilityRelations: React.FC<ICapabilityRelationsProps> = ({ capability, guide, headingLevel, onJump }) => {
  const classNames = getGuideClassNames(useTheme());
  const { model } = guide;
  const dependsOn = capability.dependencies.slice().sort((a, b) => a.level - b.level);
  const neededBy = (guide.neededBy.get(capability.key) || []).slice().sort((a, b) => a.level - b.level);
  const link = (key: string): React.ReactNode => <CapabilityLink capabilityKey={key} guide={guide} onJump={onJump} />;

  return (
    <>
      <Heading level={headingLevel} className={classNames.detailHeading}>
        {strings.DependsOnHeading}
      </Heading>
      {dependsOn.length === 0 ? (
        <p className={classNames.paragraph}>{strings.DependsOnNone}</p>
      ) : (
        <ul className={classNames.relationList}>
          {dependsOn.map((dependency, i) => (
            <li key={`${dependency.requires}-${dependency.level}-${i}`} className={classNames.relation}>
              {sentence(strings.DependsOnItem, [
                levelInSentence(model, dependency.level),
                link(dependency.requires),
                levelInSentence(model, dependency.minLevel)
              ])}
              {dependency.why ? ` ${dependency.why}` : null}
            </li>
          ))}
        </ul>
      )}

      <Heading level={headingLevel} className={classNames.detailHeading}>
        {strings.NeededByHeading}
      </Heading>
      {neededBy.length === 0 ? (
        <p className={classNames.paragraph}>{strings.NeededByNone}</p>
      ) : (
        <ul className={classNames.relationList}>
          {neededBy.map((entry, i) => (
            <li key={`${entry.capability}-${entry.level}-${i}`} className={classNames.relation}>
              {sentence(strings.NeededByItem, [
                link(entry.capability),
                levelInSentence(model, entry.minLevel),
                levelInSentence(model, entry.level)
              ])}
              {entry.why ? ` ${entry.why}` : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
