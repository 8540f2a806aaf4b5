import * as React from 'react';
import { getGuideClassNames } from '../modelGuide.styles';
import { useTheme } from '@fluentui/react';
import { GuideStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { CapabilityItem } from '../CapabilityItem';
import type { ICategorySectionProps } from './ICategorySectionProps';

/** One category: its name, aspect and description, then its (filtered) capabilities. */
export const CategorySection: React.FC<ICategorySectionProps> = (props) => {
  const { group, guide, headingLevel, expanded, onToggle, onJump, registerButton, idPrefix } = props;
  const classNames = getGuideClassNames(useTheme());
  const { category } = group;
  const aspect = category
    ? category.aspect === 'technical'
      ? strings.CategoryAspectTechnical
      : strings.CategoryAspectBusiness
    : undefined;
  const about = [aspect, category && category.description].filter((part) => !!part).join(': ');

  return (
    <section className={classNames.category}>
      <Heading level={headingLevel} className={classNames.categoryHeading}>
        {category ? category.name : strings.UnknownCategory}
      </Heading>
      {about ? <p className={`${classNames.paragraph} ${classNames.muted}`}>{about}</p> : null}
      <ul className={classNames.capabilityList}>
        {group.capabilities.map((capability) => (
          <CapabilityItem
            key={capability.key}
            capability={capability}
            guide={guide}
            headingLevel={headingLevel + 1}
            expanded={expanded.has(capability.key)}
            onToggle={onToggle}
            onJump={onJump}
            registerButton={registerButton}
            idPrefix={idPrefix}
           
          />
        ))}
      </ul>
    </section>
  );
};
