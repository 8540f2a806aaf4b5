/**
 * Big files: the single-request upload limit and chunked upload.
 *
 * SharePoint Online refuses a single request carrying more than 262,144,000 bytes (250 MB) with
 * HTTP 400, `-1, Microsoft.SharePoint.Client.InvalidClientQueryException`, "The request message
 * is too big. The server does not allow messages larger than 262144000 bytes."
 * (SharePoint/sp-dev-docs#8280, s-KaiNet/spsave#79, kikovalle/PLGSharepointRestAPI-java#19; the
 * "hard coded size limit of 250 MB in SPO" is confirmed in pnp/PnP#1558). Files over it must be
 * sent in chunks ("Upload large files sample SharePoint Add-in", learn.microsoft.com
 * sharepoint/dev/solution-guidance/upload-large-files-sample-app-for-sharepoint).
 *
 * Chunked upload, exactly as PnPjs v4 `files.addChunked` / `file.setContentChunked` drives it
 * (node_modules/@pnp/sp/files/types.js): the file is first created empty with `AddUsingPath`,
 * then, on `…/getFileByServerRelativePath(decodedUrl='…')`:
 *   POST startUpload(uploadId=guid'…')                       body: first chunk
 *   POST continueUpload(uploadId=guid'…',fileOffset=n)        body: next chunk (0 or more times)
 *   POST finishUpload(uploadId=guid'…',fileOffset=n)          body: last chunk (may be empty)
 *   POST cancelUpload(uploadId=guid'…')                       (PnPjs on cancel)
 * startUpload and continueUpload answer Edm.Int64, the running total of bytes received, which in
 * JSON light is a string: `{"odata.metadata":…,"value":"10485760"}` (koltyakov/gosip#51);
 * PnPjs passes that value back as the next fileOffset. finishUpload answers the SP.File. The
 * file's content does not change until finishUpload, which commits it (File.StartUpload,
 * File.FinishUpload, learn.microsoft.com previous-versions/office/sharepoint-server/dn760924,
 * …/dn760922). Chunks must come in order (the sample app page above).
 *
 * Undocumented, so guessed here (status, code and wording): an unknown or finished upload id,
 * and a fileOffset that is not the number of bytes received so far, are refused with 400
 * `-2147024809, System.ArgumentException`. Sessions live in memory only, as SharePoint's
 * unfinished uploads are temporary (removed after 6 to 24 hours, same sample page).
 */
import { allow, Ctx, json, requireListPermission } from '../context';
import { SpError } from '../errors';
import { SiteModel } from '../model/site';
import { entityBody, primitiveBody } from '../odata/format';
import { Segment, SimResponse } from '../request';
import type { FileRef } from './files';
import { fileEntity } from './files';

interface UploadSession {
  /** The file the session writes to (its UniqueId), so an id cannot hop to another file. */
  fileId: string;
  chunks: Buffer[];
  received: number;
}

/** Open sessions per simulated site, by lower-case upload id. */
const sessionsBySite = new WeakMap<SiteModel, Map<string, UploadSession>>();

function sessions(ctx: Ctx): Map<string, UploadSession> {
  let m = sessionsBySite.get(ctx.core.model);
  if (!m) sessionsBySite.set(ctx.core.model, (m = new Map()));
  return m;
}

/** Refuses a request body over the single-upload limit, with SharePoint Online's answer. */
export function assertSingleUploadSize(ctx: Ctx): void {
  const max = ctx.core.maxSingleUploadBytes;
  if (ctx.req.body.length > max) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The request message is too big. The server does not allow messages larger than ${max} bytes.`);
  }
}

const badUpload = (message: string): SpError => new SpError(400, '-2147024809, System.ArgumentException', message);

function uploadIdOf(s: Segment): string {
  const id = s.named.uploadid ?? s.args[0];
  if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw badUpload("The parameter 'uploadId' is missing or is not a GUID.");
  }
  return id.toLowerCase();
}

/** The open session for this file, checked against the offset the client says it has reached. */
function openSession(ctx: Ctx, f: FileRef, s: Segment): { id: string; session: UploadSession } {
  const id = uploadIdOf(s);
  const session = sessions(ctx).get(id);
  if (!session || session.fileId !== f.item.file!.uniqueId) throw badUpload(`The upload session ${id} was not found for this file.`);
  const offset = Number(s.named.fileoffset);
  if (!Number.isInteger(offset) || offset !== session.received) {
    throw badUpload(`The fileOffset ${String(s.named.fileoffset)} does not match the ${session.received} bytes uploaded so far.`);
  }
  return { id, session };
}

function bytesSoFar(ctx: Ctx, verboseName: string, received: number): SimResponse {
  return json(ctx, primitiveBody(ctx.webUrl, verboseName, 'Edm.Int64', String(received), ctx.fmt));
}

/** `startUpload`, `continueUpload`, `finishUpload` or `cancelUpload` on a file; undefined for anything else. */
export function routeChunkedUpload(ctx: Ctx, f: FileRef, s: Segment): SimResponse | undefined {
  const name = { startupload: 'StartUpload', continueupload: 'ContinueUpload', finishupload: 'FinishUpload', cancelupload: 'CancelUpload' }[s.lower];
  if (!name) return undefined;
  allow(ctx, 'SP.File', 'POST');
  requireListPermission(ctx, f.list, 'edit');
  const chunk = ctx.req.body;
  switch (name) {
    case 'StartUpload': {
      assertSingleUploadSize(ctx);
      // StartUpload is idempotent for the same id and bytes (dn760924): starting again restarts.
      sessions(ctx).set(uploadIdOf(s), { fileId: f.item.file!.uniqueId, chunks: [chunk], received: chunk.length });
      return bytesSoFar(ctx, name, chunk.length);
    }
    case 'ContinueUpload': {
      assertSingleUploadSize(ctx);
      const { session } = openSession(ctx, f, s);
      session.chunks.push(chunk);
      session.received += chunk.length;
      return bytesSoFar(ctx, name, session.received);
    }
    case 'FinishUpload': {
      assertSingleUploadSize(ctx);
      const { id, session } = openSession(ctx, f, s);
      sessions(ctx).delete(id);
      // Committing replaces the content as a new version, like any other write of the bytes.
      ctx.core.model.updateItem(f.list, f.item, {}, ctx.user.id);
      Object.assign(f.item.file!, {
        content: Buffer.concat([...session.chunks, chunk]),
        timeLastModified: new Date().toISOString(),
        majorVersion: f.item.file!.majorVersion + 1,
      });
      ctx.core.changed();
      return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Files12', fileEntity(ctx, f.list, f.item), ctx.query.projection, ctx.fmt));
    }
    default: {
      const id = uploadIdOf(s);
      if (sessions(ctx).get(id)?.fileId !== f.item.file!.uniqueId) throw badUpload(`The upload session ${id} was not found for this file.`);
      sessions(ctx).delete(id);
      return { status: 200, headers: { 'content-length': '0' }, body: '' };
    }
  }
}
