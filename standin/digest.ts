/**
 * Request digests (form digests), as SharePoint issues them from `POST /_api/contextinfo` and
 * requires in `X-RequestDigest` on every write made with a cookie session: `0x<mac>,<time>`,
 * valid for FormDigestTimeoutSeconds (1800 s). A digest this stand-in did not issue, or one that
 * expired, is refused with 403 "The security validation for this page is invalid", which is
 * what keeps another web page in the developer's browser from writing to the local data.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { Store } from './store';

export const DIGEST_TIMEOUT_SECONDS = 1800;

export class Digests {
  public constructor(private readonly _store: Store) {}

  private _secret(): string {
    if (!this._store.data.digestSecret) {
      this._store.data.digestSecret = randomBytes(32).toString('hex');
      this._store.changed();
    }
    return this._store.data.digestSecret;
  }

  private _mac(issued: string): string {
    return createHmac('sha256', this._secret()).update(issued).digest('hex').toUpperCase();
  }

  public issue(now: Date = new Date()): string {
    const issued = now.toUTCString();
    return `0x${this._mac(issued)},${issued}`;
  }

  public valid(digest: string | undefined, now: number = Date.now()): boolean {
    const match = /^0x([0-9A-F]{64}),(.+)$/.exec(digest ?? '');
    if (!match) {
      return false;
    }
    const [, mac = '', issued = ''] = match;
    const issuedAt = Date.parse(issued);
    if (Number.isNaN(issuedAt) || now - issuedAt > DIGEST_TIMEOUT_SECONDS * 1000 || issuedAt - now > 60_000) {
      return false;
    }
    const expected = Buffer.from(this._mac(issued));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The body of `POST /_api/contextinfo` (SP.ContextWebInformation). */
  public contextInfo(webUrl: string): Record<string, unknown> {
    return {
      FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
      FormDigestValue: this.issue(),
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: webUrl,
      WebFullUrl: webUrl
    };
  }
}
