import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { setUpOpenApi } from './openapi';
import { serveWeb } from './serve-web';

export type ResolvedConfig = AppConfig & { databaseUrl: string; jwtSecret: string };

const STRICT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Builds the whole platform (API, docs, web) without listening; main.ts and the tests share it. */
export async function createApp(config: ResolvedConfig, options: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: STRICT_CSP },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.nodeEnv === 'production',
  });

  // The API speaks JSON only: any other body type answers 415.
  app.getHttpAdapter().getInstance().removeAllContentTypeParsers();
  app.useBodyParser('application/json', { bodyLimit: config.bodyLimitBytes });

  setUpOpenApi(app);
  await serveWeb(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
