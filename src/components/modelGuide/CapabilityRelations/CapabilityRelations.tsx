import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import { getGuideClassNames } from '../modelGuide.styles';
import { fillTemplate, formatString, GuideStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { GuideLinksContext } from '../guideLinks';
import { levelInSentence } from '../levelText';
import { groupNeededBy, type IGuideData, type INeed } from '../modelGuideLogic';
import type { Model } from '../../../nimm/model/schema';
import type { ICapabilityRelationsProps } from './ICapabilityRelationsProps';

interface ICapabilityLinkProps {
  capabilityKey: string;
  /** The capability whose detail holds the link, so Back can return to it. */
  from: string;
  guide: IGuideData;
  onJump: (key: string, from?: string) => void;
}

/**
 * A link to another capability: it opens it in place and moves focus to it, and adds the jump to
 * the browser's history. A real link (with the capability's address) rather than a button,
 * because it now goes somewhere Back returns from, and so that "Open in new tab" works.
 */
const CapabilityLink: React.FC<ICapabilityLinkProps> = ({ capabilityKey, from, guide, onJump }) => {
  const classNames = getGuideClassNames(useTheme());
  const links = React.useContext(GuideLinksContext);
  const target = guide.capabilitiesByKey.get(capabilityKey);
  if (!target) return <>{formatString(strings.UnknownCapability, capabilityKey)}</>;
  const follow = (event: React.MouseEvent<HTMLElement | HTMLAnchorElement | HTMLButtonElement>): void => {
    // A modified or middle click is the reader asking for a new tab or window: leave it to the browser.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onJump(capabilityKey, from);
  };
  return (
    <Link className={classNames.jump} href={links.hrefFor(capabilityKey)} onClick={follow}>
      {target.name}
    </Link>
  );
};

/** A localised sentence with React nodes in its placeholders; every other part stays text. */
function sentence(template: string, values: React.ReactNode[]): React.ReactNode[] {
  return fillTemplate(template, values).map((part, i) => <React.Fragment key={i}>{part}</React.Fragment>);
}

/** ", at level 3 (Standardised) to reach its level 4 (Optimised), and at …" for the levels after the first. */
function furtherNeeds(model: Model, needs: INeed[]): string {
  return needs
    .slice(1)
    .map((need, i, rest) =>
      formatString(i === rest.length - 1 ? strings.NeededByAlsoLast : strings.NeededByAlso, levelInSentence(model, need.minLevel), levelInSentence(model, need.level))
    )
    .join('');
}

/** The reasons given, each once, in level order. */
function reasons(needs: INeed[]): string {
  const seen: string[] = [];
  needs.forEach((need) => {
    const why = need.why.trim();
    if (why && seen.indexOf(why) < 0) seen.push(why);
  });
  return seen.join(' ');
}

/** "Depends on" and "Needed by": both directions of the dependency graph, each linking onwards. */
export const CapabilityRelations: React.FC<ICapabilityRelationsProps> = ({ capability, guide, headingLevel, onJump }) => {
  const classNames = getGuideClassNames(useTheme());
  const { model } = guide;
  const dependsOn = capability.dependencies.slice().sort((a, b) => a.level - b.level);
  // Each capability once, with all its levels: one that needs this at levels 3 and 4 used to be
  // listed twice.
  const neededBy = groupNeededBy(guide.neededBy.get(capability.key) || []);
  const link = (key: string): React.ReactNode => <CapabilityLink capabilityKey={key} from={capability.key} guide={guide} onJump={onJump} />;

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
          {neededBy.map((entry) => {
            const why = reasons(entry.needs);
            return (
              <li key={entry.capability} className={classNames.relation}>
                {sentence(strings.NeededByItem, [
                  link(entry.capability),
                  levelInSentence(model, entry.needs[0].minLevel),
                  levelInSentence(model, entry.needs[0].level),
                  furtherNeeds(model, entry.needs)
                ])}
                {why ? ` ${why}` : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
};
