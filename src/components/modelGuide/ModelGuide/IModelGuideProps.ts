import type { Model } from '../../../nimm/model/schema';

export interface IModelGuideProps {
  model: Model;
  /** Outline level of the app's title above the guide (2 by default); the guide's sections sit one level below it. */
  headingLevel?: number;
}
