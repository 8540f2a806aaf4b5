import * as React from 'react';
import { getGuideClassNames } from '../modelGuide.styles';
import { useTheme } from '@fluentui/react';
import { formatString, GuideStrings as strings } from '../../../loc/strings';
import { CopyLink } from '../../shared/CopyLink';
import { Heading } from '../../shared/Heading';
import { GuideLinksContext } from '../guideLinks';
import { CapabilityRelations } from '../CapabilityRelations';
import { levelTitle } from '../levelText';
import { groupCriteriaByPerspective, sortedLevels } from '../modelGuideLogic';
import type { ICapabilityDetailProps } from './ICapabilityDetailProps';

/** What a capability looks like at each level, its criteria by perspective, and its dependencies. */
export const CapabilityDetail: React.FC<ICapabilityDetailProps> = ({ capability, guide, headingLevel, onJump }) => {
  const classNames = getGuideClassNames(useTheme());
  const links = React.useContext(GuideLinksContext);
  const { model } = guide;
  // Level 1 is the floor and has no criteria; without a description for this capability, the
  // model's own summary of level 1 says what it means.
  const floor = model.levels.find((l) => l.level === 1);
  const floorText = capability.basicDescriptor || (floor ? floor.summary : '');

  return (
    <>
      {/* First in the detail, where it is found without reading through every level. */}
      <CopyLink
        getUrl={() => links.urlFor(capability.key)}
        text={strings.CopyLink}
        ariaLabel={formatString(strings.CopyLinkTo, capability.name)}
        copiedText={strings.LinkCopied}
        fieldLabel={formatString(strings.LinkFieldLabel, capability.name)}
        fieldHint={strings.LinkFieldHint}
      />
      {capability.foundation ? <p className={classNames.foundationNote}>{strings.FoundationDetail}</p> : null}
      {capability.ownerRole ? <p className={classNames.paragraph}>{formatString(strings.OwnerRole, capability.ownerRole)}</p> : null}

      <Heading level={headingLevel} className={classNames.detailHeading}>
        {levelTitle(model, 1)}
      </Heading>
      {floorText ? <p className={classNames.paragraph}>{floorText}</p> : null}
      <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.LevelOneNoCriteria}</p>

      {sortedLevels(capability).map((level) => {
        const groups = groupCriteriaByPerspective(model, level.criteria);
        return (
          <React.Fragment key={level.level}>
            <Heading level={headingLevel} className={classNames.detailHeading}>
              {levelTitle(model, level.level)}
            </Heading>
            {level.descriptor ? <p className={classNames.paragraph}>{level.descriptor}</p> : null}
            {groups.length === 0 ? (
              <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.NoCriteria}</p>
            ) : (
              <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.CriteriaIntro}</p>
            )}
            {groups.map((group) => (
              <React.Fragment key={group.key}>
                <Heading level={headingLevel + 1} className={classNames.perspectiveHeading}>
                  {group.perspective ? group.perspective.name : formatString(strings.UnknownPerspective, group.key)}
                </Heading>
                <ul className={classNames.criteriaList}>
                  {group.criteria.map((criterion) => (
                    <li key={criterion.key} className={classNames.criterion}>
                      {criterion.text}
                      {criterion.guidance ? (
                        <p className={classNames.guidance}>{formatString(strings.Guidance, criterion.guidance)}</p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </React.Fragment>
            ))}
          </React.Fragment>
        );
      })}

      <CapabilityRelations capability={capability} guide={guide} headingLevel={headingLevel} onJump={onJump} />
    </>
  );
};
