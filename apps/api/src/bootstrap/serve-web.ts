import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { renderError } from '../common/errors/all-exceptions.filter';
import { AppException } from '../common/errors/app.exception';
import { projectRoot } from '../common/project-root';

export const WEB_DIST = join(projectRoot(), 'apps', 'web', 'dist');

/**
 * Serves the built web app at `/`: hashed assets cached for a year, and every other
 * non-API GET answered with index.html so the client router takes over.
 */
export async function serveWeb(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = join(WEB_DIST, 'index.html');
  const hasWeb = existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const index = hasWeb ? readFileSync(indexFile) : undefined;
  const sendPage = async (request: { url: string; headers: Record<string, string | string[] | undefined> }, reply: import('fastify').FastifyReply) => {
    if (request.url.startsWith('/api') || !index) {
      const { status, body } = renderError(new AppException('ROUTE_NOT_FOUND'), request.headers['accept-language'] as string | undefined);
      return reply.status(status).send(body);
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  };
  fastify.get('/', sendPage);
  fastify.get('/*', sendPage);
}
