/** The data layer's public surface: the store interface, its SharePoint implementation, and their types. */
export type { NimmStore } from './NimmStore';
export { SharePointStore } from './SharePointStore';
export { StoreError, isStoreError } from './errors';
export type { StoreErrorKind, StoreErrorDetails } from './errors';
export * from './types';
export { ensureSchema } from './schema/ensureSchema';
export { publishModel } from './publish/publishModel';
export { NIMM_SCHEMA, SCHEMA_VERSION } from './schema/lists';
export type { ListDef, SchemaDef } from './schema/lists';
export { LISTS, F as COLUMNS } from './schema/names';
export { mergeResponse, emptyDraft } from './merge/mergeResponse';
export { spForLocalSite, connectLocalSite, fetchFormDigest } from './sp/connect';
export type { LocalSiteOptions } from './sp/connect';
