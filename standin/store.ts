/**
 * The stand-in's state: webs with lists, fields, views, items and users, as SharePoint keeps
 * them, plus persistence to one JSON file (atomic writes: temp file + rename).
 */
import type { StoredChange } from './changeLog';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export type SpFieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Choice'
  | 'MultiChoice'
  | 'Boolean'
  | 'DateTime'
  | 'User'
  | 'Lookup'
  | 'LookupMulti'
  | 'Counter'
  | 'Computed';

export interface StoredField {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  Description: string;
  TypeAsString: SpFieldType;
  Required: boolean;
  Indexed: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Choices?: string[];
  FillInChoice?: boolean;
  LookupList?: string;
  LookupField?: string;
  MaxLength?: number;
  MinimumValue?: number;
  MaximumValue?: number;
  DefaultValue?: string | null;
  ValidationFormula?: string | null;
  ValidationMessage?: string | null;
  CustomFormatter?: string | null;
  /** Conditional visibility in list forms (a formatting expression). */
  ClientValidationFormula?: string | null;
  ClientValidationMessage?: string | null;
  /** DateOnly / DateTime */
  DisplayFormat?: number;
  ShowInEditForm?: boolean;
  ShowInNewForm?: boolean;
  SchemaXml: string;
  /** Per-language titles and descriptions (culture name → text). */
  TitleResources: Record<string, string>;
  DescriptionResources: Record<string, string>;
  /** System fields every list has (ID, Created, ...): not writable. */
  System?: boolean;
}

export interface StoredView {
  Id: string;
  Title: string;
  ServerRelativeUrl: string;
  ViewQuery: string;
  ViewFields: string[];
  RowLimit: number;
  DefaultView: boolean;
  PersonalView: boolean;
  Hidden: boolean;
  CustomFormatter: string | null;
}

export interface StoredItem {
  Id: number;
  version: number;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
  /** Values in storage form: lookups and people as `<Name>Id` numbers / number arrays. */
  values: Record<string, unknown>;
  /**
   * Item-level permissions: the roles that may still read the item (its own role assignments);
   * absent when it inherits the list's.
   */
  readers?: string[];
}

export interface StoredContentType {
  Id: string;
  Name: string;
  ClientFormCustomFormatter: string | null;
  /** Internal names of the list fields the content type holds (its forms show these). */
  FieldLinks?: string[];
}

export interface StoredList {
  Id: string;
  Title: string;
  Description: string;
  /** Last URL segment, e.g. "SalkkuProjects" */
  UrlName: string;
  BaseTemplate: number;
  Created: string;
  LastItemModifiedDate: string;
  EnableVersioning: boolean;
  nextItemId: number;
  fields: StoredField[];
  views: StoredView[];
  items: StoredItem[];
  contentTypes: StoredContentType[];
  ValidationFormula?: string | null;
  ValidationMessage?: string | null;
  TitleResources: Record<string, string>;
  DescriptionResources: Record<string, string>;
  /** The change log (changeLog.ts): last change number, changes kept, first number kept. */
  changeNumber?: number;
  changes?: StoredChange[];
  changeLogStart?: number;
}

export interface StoredUser {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

/**
 * A SharePoint group (SP.Group). Groups belong to the site collection in SharePoint; the stand-in
 * keeps them with the web they were made for (each of its sites is its own site collection).
 */
export interface StoredGroup {
  Id: number;
  Title: string;
  Description: string | null;
  OwnerTitle: string;
  /** Ids of the users in the group (the store's users). */
  userIds: number[];
}

export interface StoredWeb {
  Id: string;
  Title: string;
  /** Server-relative URL, e.g. "/sites/salkku" */
  ServerRelativeUrl: string;
  /** Locale of the site's regional settings (1035 Finnish when absent). */
  LocaleId?: number;
  lists: StoredList[];
  /** The site's groups; the default three are made on first use (groups.ts). */
  groups?: StoredGroup[];
}

export interface StoreData {
  version: 1;
  webs: StoredWeb[];
  users: StoredUser[];
  nextUserId: number;
  /** Key of the request digests this stand-in issues (kept, so a restart keeps pages working). */
  digestSecret?: string;
  /** Server-relative URL of the tenant app catalog site (where tenant properties are set). */
  appCatalog?: string;
  /** Tenant properties (storage entities) by key, as the tenant app catalog holds them. */
  tenantProperties?: Record<string, StoredStorageEntity>;
}

export interface StoredStorageEntity {
  Value: string;
  Description: string;
  Comment: string;
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newGuid(): string {
  return randomUUID();
}

/** A web's server-relative URL as SharePoint gives it: no trailing slash, the root site "/". */
export function webPath(serverRelativeUrl: string): string {
  return serverRelativeUrl.replace(/\/+$/, '') || '/';
}

/** A path inside a web: `/sites/a` + `Lists/x` → `/sites/a/Lists/x`, `/` + `Lists/x` → `/Lists/x`. */
export function inWeb(web: Pick<StoredWeb, 'ServerRelativeUrl'>, rest: string): string {
  return `${web.ServerRelativeUrl === '/' ? '' : web.ServerRelativeUrl}/${rest}`;
}

/** A web's absolute URL as SharePoint gives it (the root site without a trailing slash). */
export function webUrlOf(origin: string, web: Pick<StoredWeb, 'ServerRelativeUrl'>): string {
  return web.ServerRelativeUrl === '/' ? origin : `${origin}${web.ServerRelativeUrl}`;
}

export function emptyStore(): StoreData {
  return {
    version: 1,
    webs: [],
    users: [],
    nextUserId: 1
  };
}

/** Holds the data and writes it to a file (debounced, atomic) when a file is given. */
export class Store {
  public data: StoreData;
  private readonly _file: string | undefined;
  private _timer: NodeJS.Timeout | undefined;
  private _dirty = false;

  public constructor(file?: string) {
    this._file = file;
    this.data = file && fs.existsSync(file) ? Store._read(file) : emptyStore();
  }

  private static _read(file: string): StoreData {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || (parsed as { version?: unknown }).version !== 1) {
      throw new Error(`${file} is not a stand-in data file (version 1)`);
    }
    return parsed as StoreData;
  }

  /** Marks the data changed; it is written within 100 ms. */
  public changed(): void {
    if (!this._file) {
      return;
    }
    this._dirty = true;
    if (!this._timer) {
      this._timer = setTimeout(() => {
        this._timer = undefined;
        this.flush();
      }, 100);
    }
  }

  /** Writes pending changes now: to a temporary file, then renamed over the real one. */
  public flush(): void {
    if (!this._file || !this._dirty) {
      return;
    }
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = undefined;
    }
    fs.mkdirSync(path.dirname(this._file), { recursive: true });
    const temp = `${this._file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(this.data));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this._file);
    this._dirty = false;
  }

  public findWeb(serverRelativeUrl: string): StoredWeb | undefined {
    const wanted = webPath(serverRelativeUrl).toLowerCase();
    return this.data.webs.find((w) => webPath(w.ServerRelativeUrl).toLowerCase() === wanted);
  }

  public ensureWeb(serverRelativeUrl: string, title: string): StoredWeb {
    const existing = this.findWeb(serverRelativeUrl);
    if (existing) {
      return existing;
    }
    const web: StoredWeb = { Id: newGuid(), Title: title, ServerRelativeUrl: webPath(serverRelativeUrl), lists: [] };
    this.data.webs.push(web);
    this.changed();
    return web;
  }

  public ensureUser(title: string, email: string): StoredUser {
    const existing = this.data.users.find((u) => u.Email.toLowerCase() === email.toLowerCase() || u.Title === title);
    if (existing) {
      return existing;
    }
    const user: StoredUser = {
      Id: this.data.nextUserId++,
      Title: title,
      Email: email,
      LoginName: `i:0#.f|membership|${email}`
    };
    this.data.users.push(user);
    this.changed();
    return user;
  }

  public userById(id: number): StoredUser | undefined {
    return this.data.users.find((u) => u.Id === id);
  }
}
