/**
 * JSON text, as UTF-8 chunks, that stands for a value of type T. Briefs travel from the worker and
 * sit in the cache as JSON bytes, not as objects: a territory brief lists every proposal and
 * comment id several times, and as bytes it takes a fraction of the memory, outside the V8 heap;
 * the worker hands its buffers over without a copy, and a response is one Buffer sent as it is.
 * The type parameter keeps the composed responses checked against their DTOs.
 */
export type Json<T> = readonly Uint8Array[] & { readonly __json?: T };

const encoder = new TextEncoder();

export function json<T>(value: T): Json<T> {
  return [encoder.encode(JSON.stringify(value))] as Json<T>;
}

/** `{"a":…,"b":…}` from the JSON of each field, in the order given (no copy of the fields' bytes). */
export function jsonObject<T extends object>(fields: { [K in keyof T]-?: Json<T[K]> }): Json<T> {
  const chunks: Uint8Array[] = [];
  Object.entries<Json<unknown>>(fields).forEach(([key, value], i) => {
    chunks.push(encoder.encode(`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`), ...value);
  });
  chunks.push(encoder.encode(chunks.length === 0 ? '{}' : '}'));
  return chunks;
}

/** The response body: one Buffer with every chunk. */
export function jsonBody(value: Json<unknown>): Buffer {
  return Buffer.concat(value);
}

export function parseJson<T>(value: Json<T>): T {
  return JSON.parse(Buffer.concat(value).toString('utf8')) as T;
}

/** Bytes held by these JSON values. */
export function jsonBytes(...values: (Json<unknown> | null)[]): number {
  return values.reduce((sum, value) => sum + (value ?? []).reduce((s, chunk) => s + chunk.byteLength, 0), 0);
}

/** The ArrayBuffers behind these values that can be handed to another thread (each owned whole by its chunk). */
export function transferable(...values: (Json<unknown> | null)[]): ArrayBuffer[] {
  return values.flatMap((value) =>
    (value ?? []).flatMap((chunk) => (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer ? [chunk.buffer] : [])),
  );
}
