import { Transform } from 'class-transformer';

/** Trims strings (and normalises them to NFC); leaves other values for the validators to refuse. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

/** No control characters (line breaks excepted where a field allows them). */
export const SINGLE_LINE = /^[^\p{Cc}\p{Cf}]*$/u;
