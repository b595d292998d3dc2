import { Global, Module } from '@nestjs/common';
import { ContributionPolicy } from './contribution-policy.service';

@Global()
@Module({ providers: [ContributionPolicy], exports: [ContributionPolicy] })
export class ContributionModule {}
