import type { Model } from '../../../nimm/model/schema';

export interface IModelGuideProps {
  model: Model;
  /** Outline level of the app's title above the guide (2 by default); the guide's sections sit one level below it. */
  headingLevel?: number;
  /**
   * The web part's instance id (SPFx's this.instanceId), so links to a capability name this guide
   * when a page has two. Without it, links name no guide and the first guide on the page answers them.
   */
  instanceId?: string;
}
