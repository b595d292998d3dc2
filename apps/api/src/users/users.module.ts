import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesModule } from '../territories/territories.module';
import { RoleAssignment } from './role-assignment.entity';
import { RoleChange } from './role-change.entity';
import { RolesService } from './roles.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RoleAssignment, RoleChange]), TerritoriesModule],
  controllers: [UsersController],
  providers: [UsersService, RolesService],
  exports: [UsersService, RolesService],
})
export class UsersModule {}
