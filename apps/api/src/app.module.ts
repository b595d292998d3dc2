import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { CommentsModule } from './comments/comments.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { ContributionModule } from './common/contribution/contribution.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import { LoggingModule } from './common/logging/logging.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DebatesModule } from './debates/debates.module';
import { HealthModule } from './health/health.module';
import { ModerationModule } from './moderation/moderation.module';
import { ProposalsModule } from './proposals/proposals.module';
import { SummariesModule } from './summaries/summaries.module';
import { VotesModule } from './votes/votes.module';
import { TerritoriesModule } from './territories/territories.module';
import { ThemesModule } from './themes/themes.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is required here: main.ts (or the tests) resolves it, starting the embedded server when needed. */
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, config.databasePoolSize), retryAttempts: 0 }),
        RateLimitModule,
        ContributionModule,
        HealthModule,
        TerritoriesModule,
        ThemesModule,
        UsersModule,
        AuthModule,
        DebatesModule,
        ProposalsModule,
        VotesModule,
        CommentsModule,
        SummariesModule,
        ModerationModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
