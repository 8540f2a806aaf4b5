/** The data layer's public surface: the store interface, its SharePoint implementation, and their types. */
export type { NimmStore } from './NimmStore';
export { SharePointStore } from './SharePointStore';
export { StoreError, isStoreError } from './errors';
export type { StoreErrorKind, StoreErrorDetails } from './errors';
export * from './types';
export { ensureSchema } from './schema/ensureSchema';
export { publishModel } from './publish/publishModel';
export { NIMM_SCHEMA, SCHEMA_VERSION } from './schema/lists';
// Each choice's values (a screen's drop-down offers `.options`) and the response draft's schema.
export { assessmentStatusSchema, evidenceReviewStatusSchema, modelVersionStatusSchema, responseStatusSchema, roadmapActionStatusSchema } from './schema/choices';
export { responseDraftSchema } from './schema/responseDraft';
export type { ListDef, SchemaDef } from './schema/lists';
export { LISTS, F as COLUMNS } from './schema/names';
export { mergeResponse, emptyDraft } from './merge/mergeResponse';
export { domainAssessment } from './mappers/domainAssessment';
