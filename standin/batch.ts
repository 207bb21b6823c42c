/**
 * OData `$batch`: a multipart/mixed request of HTTP requests (GETs directly, writes inside
 * changesets), answered as SharePoint Online does, one `--batchresponse_` part per request.
 */
import type { StandInRequest, StandInResponse } from './http';
import { errors, statusText } from './http';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  if (!match) {
    throw errors.badRequest('The batch request has no boundary.');
  }
  const [, boundary = ''] = match;
  return boundary;
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith(`--${boundary}`)) {
      if (current) {
        parts.push(current.join('\n'));
      }
      current = line.startsWith(`--${boundary}--`) ? undefined : [];
      continue;
    }
    current?.push(line);
  }
  return parts;
}

function parseHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  let i = 0;
  // MIME headers of the part, up to the blank line
  while ((lines[i]?.trim() ?? '') !== '') {
    i++;
  }
  i++;
  const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/1\.1$/i.exec((lines[i] ?? '').trim());
  if (!requestLine) {
    throw errors.badRequest('The batch part has no request line.');
  }
  i++;
  const headers: Record<string, string> = {};
  for (let line = lines[i]; line !== undefined && line.trim() !== ''; line = lines[++i]) {
    const at = line.indexOf(':');
    if (at > 0) {
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  const body = lines.slice(i + 1).join('\n').trim();
  const [, method = '', url = ''] = requestLine;
  return { method: method.toUpperCase(), url, headers, body };
}

/** The HTTP requests inside a batch, in order (changesets flattened). */
export function parseBatch(request: StandInRequest): BatchPart[] {
  const boundary = boundaryOf(request.headers['content-type']);
  const result: BatchPart[] = [];
  for (const part of splitParts(request.body, boundary)) {
    const changeset = /^content-type:\s*multipart\/mixed;\s*boundary="?([^"\s;]+)"?/im.exec(part);
    if (changeset) {
      const inner = part.slice(part.indexOf('\n\n') + 2);
      const [, boundary = ''] = changeset;
      for (const sub of splitParts(inner, boundary)) {
        result.push(parseHttpPart(sub));
      }
    } else {
      result.push(parseHttpPart(part));
    }
  }
  return result;
}

/** One multipart response for the answers, in request order. */
export function formatBatchResponse(responses: StandInResponse[], boundary: string): string {
  const out: string[] = [];
  for (const response of responses) {
    out.push(`--batchresponse_${boundary}`);
    out.push('Content-Type: application/http');
    out.push('Content-Transfer-Encoding: binary');
    out.push('');
    out.push(`HTTP/1.1 ${response.status} ${statusText(response.status)}`);
    for (const [name, value] of Object.entries(response.headers)) {
      out.push(`${name.toUpperCase()}: ${value}`);
    }
    out.push('');
    out.push(response.body.replace(/\r?\n/g, ' '));
  }
  out.push(`--batchresponse_${boundary}--`);
  out.push('');
  return out.join('\r\n');
}
