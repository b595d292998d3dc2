import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { pickLanguage, type Language } from '@participons/shared';

/** The client's language from Accept-Language: French unless English is preferred. */
export const Lang = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  pickLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
