import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES, ErrorCode, MessageParams } from '@participons/shared';
import { AppException, ErrorDetail, validationFailed } from '../errors/app.exception';

const CONSTRAINT_CODES: Record<string, ErrorCode> = {
  whitelistValidation: 'FIELD_NOT_ALLOWED',
  isDefined: 'FIELD_REQUIRED',
  isNotEmpty: 'FIELD_REQUIRED',
};

/** Whitelisting, unknown fields refused, payloads transformed; errors become VALIDATION_FAILED with one detail per field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

/** Unknown query parameters get their own code: they are a mistake in the address, not in a form. */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (metadata.type !== 'query' || !(error instanceof AppException)) throw error;
      const details = error.details.map((d) => (d.code === 'FIELD_NOT_ALLOWED' ? { ...d, code: 'UNKNOWN_QUERY_PARAMETER' as const } : d));
      const first = details.find((d) => d.code !== 'INVALID_VALUE' && d.code !== 'FIELD_REQUIRED');
      throw first && details.length === 1 ? new AppException(first.code, first.params, details) : validationFailed(details);
    }
  }
}

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = firstDetail(error, field);
    return [...(own ? [own] : []), ...flatten(error.children ?? [], field)];
  });
}

/** One detail per field: the first failing constraint, with the code it declared in its `context`. */
function firstDetail(error: ValidationError, field: string): ErrorDetail | undefined {
  const constraints = Object.keys(error.constraints ?? {});
  if (constraints.length === 0) return undefined;
  if (constraints.includes('whitelistValidation')) return { field, code: 'FIELD_NOT_ALLOWED' };
  if (error.value === undefined || error.value === null) return { field, code: 'FIELD_REQUIRED' };
  // class-validator lists failures from the last decorator to the first: report the first one declared.
  const name = constraints[constraints.length - 1];
  const context = (error.contexts?.[name] ?? parseMessage(error.constraints?.[name])) as
    | { code?: ErrorCode; params?: MessageParams }
    | undefined;
  const code = context?.code && (ERROR_CODES as readonly string[]).includes(context.code)
    ? context.code
    : CONSTRAINT_CODES[name] ?? 'INVALID_VALUE';
  return { field, code, params: context?.params };
}

/** Custom constraints whose failure depends on the value report `{"code":…,"params":…}` as their message. */
function parseMessage(message: string | undefined): unknown {
  if (!message?.startsWith('{')) return undefined;
  try {
    return JSON.parse(message);
  } catch {
    return undefined;
  }
}
