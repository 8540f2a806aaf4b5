import type * as React from 'react';

export interface IHeadingProps {
  /** The outline level. Levels above 6 keep their place in the outline through aria-level. */
  level: number;
  id?: string;
  className?: string;
  children?: React.ReactNode;
}
