import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesService } from './territories.service';
import { Territory } from './territory.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Territory])],
  providers: [TerritoriesService],
  exports: [TerritoriesService],
})
export class TerritoriesModule {}
