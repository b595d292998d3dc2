import type { Response } from 'supertest';

/** Asserts the API's one error shape: exactly { statusCode, code, message } (+ details for validation). */
export function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.body.statusCode).toBe(status);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(0);
}

/** expectError, and the body has exactly { statusCode, code, message } (no details, no stack, no extra). */
export function expectExactError(res: Response, status: number, code: string): void {
  expectError(res, status, code);
  expect(Object.keys(res.body).sort()).toEqual(['code', 'message', 'statusCode']);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
}

/** The validation details as { field: code }. */
export function detailCodes(res: Response): Record<string, string> {
  expectError(res, 400, 'VALIDATION_FAILED');
  const details = res.body.details as { field: string; code: string; message: string }[];
  expect(Array.isArray(details)).toBe(true);
  return Object.fromEntries(details.map((d) => [d.field, d.code]));
}

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case, with their value (true for flags). */
  attributes: Record<string, string | true>;
}

/** Every Set-Cookie header of a response, parsed. */
export function setCookies(res: { headers: Record<string, unknown> }): SetCookie[] {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return list.map((line) => {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const attr of attrs) {
      const i = attr.indexOf('=');
      if (i === -1) attributes[attr.toLowerCase()] = true;
      else attributes[attr.slice(0, i).toLowerCase()] = attr.slice(i + 1);
    }
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
  });
}

export function setCookie(res: { headers: Record<string, unknown> }, name: string): SetCookie | undefined {
  return setCookies(res).find((c) => c.name === name);
}
