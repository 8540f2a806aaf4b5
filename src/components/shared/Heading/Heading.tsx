import * as React from 'react';
import type { IHeadingProps } from './IHeadingProps';

/**
 * A heading whose level is computed, so a screen can sit under a page's own headings (a
 * SharePoint page already has its h1) and still keep a proper heading order.
 */
export const Heading: React.FC<IHeadingProps> = ({ level, id, className, children }) => {
  const clamped = Math.max(1, Math.round(level));
  if (clamped <= 6) return React.createElement(`h${clamped}`, { id, className }, children);
  return (
    <div role="heading" aria-level={clamped} id={id} className={className}>
      {children}
    </div>
  );
};
