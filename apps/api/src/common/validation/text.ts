import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Trims strings (and normalises them to NFC); leaves other values for the validators to refuse. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

/** No control characters (line breaks excepted where a field allows them). */
export const SINGLE_LINE = /^[^\p{Cc}\p{Cf}]*$/u;

/**
 * At most `max` characters counted as PostgreSQL's length() counts them (code points), so a
 * text that passes never breaks a database CHECK. (class-validator's MaxLength skips variation
 * selectors, which PostgreSQL counts.)
 */
export const MaxChars = (max: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && [...value].length <= max,
        // Not empty: class-validator attaches the `context` (the error code) only to a non-empty message.
        defaultMessage: () => `at most ${max} characters`,
      },
    },
    options,
  );
