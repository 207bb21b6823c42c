/** Request/response types of the stand-in and SharePoint's error shapes. */

export interface StandInRequest {
  method: string;
  /** Absolute URL as the client sent it. */
  url: URL;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface StandInResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

export const JSON_CONTENT_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

/** An error SharePoint would answer with: status, its error code and message. */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

export const NO_METADATA_CONTENT_TYPE = 'application/json;odata=nometadata;streaming=true;charset=utf-8';

/** Control information OData keeps even without metadata (OData JSON format: nextLink and count). */
const KEPT_WITHOUT_METADATA = new Set(['odata.nextLink', 'odata.count', 'odata.error', 'odata.null']);

function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutMetadata);
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (!key.startsWith('odata.') || KEPT_WITHOUT_METADATA.has(key)) {
        out[key] = withoutMetadata(inner);
      }
    }
    return out;
  }
  return value;
}

/**
 * `Accept: application/json;odata=nometadata`: the same JSON without `odata.metadata`, `odata.type`,
 * `odata.id`, `odata.etag` and `odata.editLink` (the ETag stays in the ETag header of an item).
 */
export function applyMetadataLevel(response: StandInResponse, accept: string | undefined): StandInResponse {
  if (!/odata=nometadata/i.test(accept ?? '') || !(response.headers['content-type'] ?? '').startsWith('application/json') || response.body === '') {
    return response;
  }
  return { ...response, headers: { ...response.headers, 'content-type': NO_METADATA_CONTENT_TYPE }, body: JSON.stringify(withoutMetadata(JSON.parse(response.body))) };
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): StandInResponse {
  return {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
    body: JSON.stringify(value)
  };
}

export function noContent(headers: Record<string, string> = {}): StandInResponse {
  return { status: 204, headers, body: '' };
}

export function errorResponse(error: SpError): StandInResponse {
  return json(
    error.status,
    { 'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } } },
    error.headers
  );
}

export const errors = {
  accessDenied: (): SpError =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  unauthorized: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Invalid JWT token. The token is not valid for this site.', {
      'www-authenticate': 'Bearer realm="stand-in", client_id="00000003-0000-0ff1-ce00-000000000000"'
    }),
  securityValidation: (): SpError =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'
    ),
  crossOrigin: (origin: string): SpError => new SpError(403, '-1, System.UnauthorizedAccessException', `Requests from ${origin} are not allowed.`),
  listMissing: (name: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${name}' does not exist at site with URL '${webUrl}'.`),
  notFound: (what: string): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', `${what} was not found.`),
  userNotFound: (logon: string): SpError => new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`),
  /** `sitegroups/getbyname('…')` of a group the site does not have ("Group cannot be found."). */
  groupMissing: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  itemMissing: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldMissing: (name: string): SpError =>
    new SpError(
      400,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.`
    ),
  badRequest: (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  conflict: (sent: string, current: string): SpError =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`
    ),
  listViewThreshold: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  lookupThreshold: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.'
    ),
  duplicate: (what: string): SpError =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', `${what} already exists.`),
  throttled: (status: 429 | 503, retryAfterSeconds: number): SpError =>
    new SpError(
      status,
      status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, System.ServiceUnavailable',
      status === 429
        ? 'The request has been throttled. Please try again later.'
        : 'The service is temporarily unavailable. Please try again later.',
      { 'retry-after': String(retryAfterSeconds) }
    ),
  tooManyIndexes: (): SpError =>
    new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      'The maximum number of indexed columns (20) for this list has been reached. Remove an index before adding another.'
    ),
  formulaSyntax: (): SpError =>
    new SpError(400, '-2130575161, Microsoft.SharePoint.SPException', 'The formula contains a syntax error or is not supported.'),
  formulaUnknownColumn: (): SpError =>
    new SpError(
      400,
      '-2130575159, Microsoft.SharePoint.SPException',
      'The formula refers to a column that does not exist.  Check the formula for spelling mistakes or change the non-existing column to an existing column.'
    ),
  validation: (message: string): SpError =>
    new SpError(400, '-2130575163, Microsoft.SharePoint.SPFieldValidationException', message)
};
