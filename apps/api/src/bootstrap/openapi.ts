import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Participons API')
    .setDescription(
      'API of Participons, a citizen debate platform. Errors always have the shape ' +
        '`{ statusCode, code, message, details? }`; `code` is stable, `message` is in the language of Accept-Language (French by default). ' +
        'State-changing requests authenticated by cookies must send `X-CSRF-Protection: 1`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('participons_access')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] });
}

/** Swagger UI at /api/docs, the document at /api/openapi.json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Swagger UI needs inline styles; the rest of the site keeps the strict policy.
  fastify.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; object-src 'none'; frame-ancestors 'none'");
    }
  });
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Participons API',
  });
}
