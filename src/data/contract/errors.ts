/**
 * Typed errors of the repository. Components show a message per `kind`; they never see
 * HTTP or PnPjs details.
 */

export type RepositoryErrorKind =
  /** A portfolio list does not exist on the site (404). */
  | 'listMissing'
  /** The user may not read or write what was asked (403 / 401). */
  | 'accessDenied'
  /** Someone else saved the item first (412). */
  | 'conflict'
  /** SharePoint kept answering 429/503, or asked to wait longer than our ceiling (retryAfterMs). */
  | 'throttled'
  /** The request digest (form digest) was refused: the SharePoint session expired (403). */
  | 'sessionExpired'
  /** A query hit the list view threshold (500 SPQueryThrottledException). */
  | 'listViewThreshold'
  /** The item was deleted meanwhile (404 on an item). */
  | 'itemMissing'
  /** SharePoint rejected a value (400: validation, type). */
  | 'invalidValue'
  /** No connection / DNS / CORS / aborted. */
  | 'network'
  | 'unknown';

export class RepositoryError extends Error {
  public readonly kind: RepositoryErrorKind;
  public readonly status: number | undefined;
  /** SharePoint's own message (English), for logs and details. */
  public readonly serverMessage: string | undefined;
  /** The list concerned, when known. */
  public readonly list: string | undefined;
  /** Throttled: how long SharePoint asked to wait (Retry-After), when it said. */
  public readonly retryAfterMs: number | undefined;

  public constructor(kind: RepositoryErrorKind, message: string, options: { status?: number; serverMessage?: string; list?: string; retryAfterMs?: number } = {}) {
    super(message);
    this.name = 'RepositoryError';
    this.kind = kind;
    this.status = options.status;
    this.serverMessage = options.serverMessage;
    this.list = options.list;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A save that lost a race: carries the version now on the server so the user can choose. */
export class ConflictError<T> extends RepositoryError {
  public readonly current: T | undefined;

  public constructor(message: string, current: T | undefined, options: { serverMessage?: string; list?: string } = {}) {
    super('conflict', message, { status: 412, ...options });
    this.name = 'ConflictError';
    this.current = current;
  }
}

export function isRepositoryError(value: unknown): value is RepositoryError {
  return value instanceof RepositoryError;
}

/** Any failure as a RepositoryError (an unexpected one as kind 'unknown'), for the views' messages. */
export function asRepositoryError(error: unknown): RepositoryError {
  return isRepositoryError(error) ? error : new RepositoryError('unknown', String(error));
}

/** The parts of an HTTP failure we classify by. */
export interface HttpFailure {
  status: number;
  body: string;
  /** Milliseconds from the Retry-After header, when there was one. */
  retryAfterMs?: number;
}

/** SharePoint's error message from an OData error body, if any. */
export function serverMessageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as {
      'odata.error'?: { code?: string; message?: { value?: string } };
      error?: { code?: string; message?: { value?: string } | string };
    };
    const error = parsed['odata.error'] ?? parsed.error;
    const message = error?.message;
    return typeof message === 'string' ? message : message?.value;
  } catch {
    return undefined;
  }
}

function serverCodeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { 'odata.error'?: { code?: string }; error?: { code?: string } };
    return (parsed['odata.error'] ?? parsed.error)?.code ?? '';
  } catch {
    return '';
  }
}

/** Maps an HTTP failure to a typed error. `item` marks requests addressed to one item. */
export function classifyHttpFailure(failure: HttpFailure, context: { list?: string; item?: boolean } = {}): RepositoryError {
  const serverMessage = serverMessageOf(failure.body);
  const code = serverCodeOf(failure.body);
  const options = { status: failure.status, serverMessage, list: context.list };
  switch (failure.status) {
    case 401:
      return new RepositoryError('accessDenied', 'Not signed in', options);
    case 403:
      // -2130575251: "The security validation for this page is invalid" (request digest)
      return code.startsWith('-2130575251')
        ? new RepositoryError('sessionExpired', 'The SharePoint session has expired', options)
        : new RepositoryError('accessDenied', 'Access denied', options);
    case 404:
      return new RepositoryError(context.item ? 'itemMissing' : 'listMissing', context.item ? 'Item not found' : 'List not found', options);
    case 412:
      return new RepositoryError('conflict', 'Someone else saved first', options);
    case 429:
    case 503:
      return new RepositoryError('throttled', 'SharePoint is busy', { ...options, retryAfterMs: failure.retryAfterMs });
    case 400:
      return new RepositoryError('invalidValue', serverMessage ?? 'Invalid value', options);
    case 500:
      if (/SPQueryThrottledException/i.test(code) || /list view threshold/i.test(serverMessage ?? '')) {
        return new RepositoryError('listViewThreshold', 'List view threshold exceeded', options);
      }
      return new RepositoryError('unknown', serverMessage ?? 'Server error', options);
    default:
      return new RepositoryError('unknown', serverMessage ?? `HTTP ${failure.status}`, options);
  }
}
