import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesModule } from '../territories/territories.module';
import { ThemesModule } from '../themes/themes.module';
import { Debate } from './debate.entity';
import { DebatesController } from './debates.controller';
import { DebatesRepository } from './debates.repository';
import { DebatesService } from './debates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Debate]), TerritoriesModule, ThemesModule],
  controllers: [DebatesController],
  providers: [DebatesService, DebatesRepository],
  exports: [DebatesService],
})
export class DebatesModule {}
