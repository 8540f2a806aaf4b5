/**
 * SharePoint-shaped errors. Each carries the HTTP status, SharePoint's "code" string
 * (`<hresult>, <exception type>`) and the message SharePoint Online shows, so the client sees
 * the same `odata.error` body it would get from a tenant.
 */
export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ARG = '-1, System.ArgumentException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const errors = {
  listNotFound: (title: string, webUrl: string): SpError =>
    new SpError(404, ARG, `List '${title}' does not exist at site with URL '${webUrl}'.`),

  listIdNotFound: (): SpError =>
    // Guess at SPO's wording for an unknown list GUID.
    new SpError(404, ARG, 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),

  listExists: (): SpError =>
    // SPO answers a duplicate list title with this SPException; the status (500) is a guess.
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),

  fieldNotFound: (name: string): SpError =>
    // Status 404 and the ArgumentException code follow what PnPjs users report for getByInternalNameOrTitle.
    new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),

  columnInQuery: (name: string): SpError =>
    // Unknown column named in $select/$filter/$orderby. Code is a guess; the message is SPO's.
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`),

  duplicateField: (name: string): SpError =>
    // Message as seen from SPO; status and code are educated guesses.
    new SpError(400, '-2130575342, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),

  itemNotFound: (): SpError =>
    // Message is SPO's; the code is an educated guess.
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),

  fileNotFound: (): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'File Not Found.'),

  fileExists: (url: string): SpError =>
    // SPO refuses an existing name without Overwrite; exact wording is a guess.
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists.`),

  etagMismatch: (sent: string, actual: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),

  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'),

  badDigest: (): SpError =>
    new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),

  throttled: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'),

  invalidJson: (detail: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Invalid JSON. ${detail}`),

  unknownProperty: (prop: string, type: string): SpError =>
    new SpError(400, CLIENT_QUERY,
      `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),

  badValue: (type: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Cannot convert a primitive value to the expected type '${type}'. See the inner exception for more details.`),

  invalidExpression: (expr: string): SpError =>
    new SpError(400, CLIENT_QUERY, `The expression "${expr}" is not valid.`),

  badQuery: (message: string): SpError => new SpError(400, CLIENT_QUERY, message),

  resourceNotFound: (segment: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),

  methodNotAllowed: (method: string, type: string): SpError =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The type ${type} does not support HTTP ${method} method.`),

  internal: (message: string): SpError =>
    new SpError(500, '-2146233088, System.InvalidOperationException', message),

  requestTooLarge: (bytes: number, max: number): SpError =>
    // Code and message as SPO answered an item update over 1 MiB (pnp/pnpjs#2980); the message
    // comes from Microsoft.Data.OData's reader. SPO counts the bytes read when it gave up (it
    // reads in chunks, e.g. 1063984 in pnp/pnpjs#1356), the simulator the whole body. The
    // status, 400, is a guess (InvalidClientQueryException answers 400 elsewhere in SPO).
    new SpError(400, CLIENT_QUERY,
      `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${bytes} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`),

  textTooLong: (): SpError =>
    // A value longer than a single line of text column allows. SPO names no column and answers
    // 500 SPException -2130575336 (public field reports; the message is also quoted in
    // https://www.red-gate.com/simple-talk/blogs/sharepoints-way-of-saying-your-string-is-too-long/).
    // The blank line inside the message follows one report; another shows a single space.
    new SpError(500, '-2130575336, Microsoft.SharePoint.SPException',
      'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.'),

  listTitleTooLong: (): SpError =>
    // The 255-character limit is documented (List.Title, ListCreationInformation.Title:
    // "Its length must be equal to or less than 255."); SPO's status, code and wording for
    // breaking it are guesses.
    new SpError(400, '-2147024809, System.ArgumentException', 'The list title cannot be longer than 255 characters.'),
};
