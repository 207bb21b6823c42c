/**
 * What SharePoint answers for an item written with `out`: lookups and people as `<Name>Id`, a
 * date-only value as the day's midnight in the site's time zone (Helsinki: 22:00 UTC the day before).
 */
export function itemAsRead(out: Record<string, unknown>, id: number): Record<string, unknown> {
  const read: Record<string, unknown> = { ...out, Id: id, 'odata.etag': '"1"' };
  for (const [name, value] of Object.entries(read)) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T12:00:00Z$/.test(value)) {
      read[name] = new Date(Date.parse(value) - 14 * 3600_000).toISOString();
    }
  }
  return read;
}
