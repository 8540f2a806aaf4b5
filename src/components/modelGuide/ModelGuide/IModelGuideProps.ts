import type { Model } from '../../../nimm/model/schema';

export interface IModelGuideProps {
  model: Model;
  /** Heading shown above the guide; the default title is used when empty. */
  title?: string;
  /** Outline level of the guide's title; 2 by default, under the page's own h1. */
  headingLevel?: number;
}
