import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CreateTerritoryDto, TerritoryListQueryDto, UpdateTerritoryDto } from './dto/territory.dto';
import { TerritoriesService } from './territories.service';
import { TerritoryDetailResponse, TerritoryResponse, toTerritoryDetailResponse, toTerritoryResponse } from './territory.mapper';

const SCOPE = 'Admins. Communes: global admins only. An admin scoped to a commune manages its quartiers only; elsewhere FORBIDDEN (403).';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [TerritoryResponse], description: 'Active territories: communes first, then quartiers, each by name.' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'UNKNOWN_QUERY_PARAMETER, VALIDATION_FAILED (includeRetired not true/false).' })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'AUTH_REQUIRED: includeRetired=true while signed out.' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN: includeRetired=true without the admin role.' })
  async list(@Query() query: TerritoryListQueryDto, @CurrentUser() viewer: AuthenticatedUser | undefined): Promise<TerritoryResponse[]> {
    return (await this.territories.list(viewer, query.includeRetired ?? false)).map(toTerritoryResponse);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: TerritoryDetailResponse, description: 'The territory and its active quartiers.' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_ID' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'TERRITORY_NOT_FOUND (also for a retired territory, except for admins).' })
  async get(@Param('id', UuidParam) id: string, @CurrentUser() viewer: AuthenticatedUser | undefined): Promise<TerritoryDetailResponse> {
    const { territory, children } = await this.territories.getWithChildren(id, viewer);
    return toTerritoryDetailResponse(territory, children);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiCreatedResponse({ type: TerritoryResponse, description: SCOPE })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'VALIDATION_FAILED (details: FIELD_REQUIRED, NAME_TOO_LONG, OFFICIAL_CODE_INVALID, INVALID_ID, FIELD_NOT_ALLOWED for a quartier\'s officialCode), TERRITORY_PARENT_INVALID.',
  })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'OFFICIAL_CODE_TAKEN, NAME_TAKEN (another active quartier of the commune has this name).' })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateTerritoryDto): Promise<TerritoryResponse> {
    return toTerritoryResponse(await this.territories.create(actor, body));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOkResponse({ type: TerritoryResponse, description: `Rename, or set or clear (null) the official code. ${SCOPE}` })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_ID, VALIDATION_FAILED.' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'TERRITORY_NOT_FOUND (unknown or retired).' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'OFFICIAL_CODE_TAKEN, NAME_TAKEN.' })
  async update(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: UpdateTerritoryDto): Promise<TerritoryResponse> {
    return toTerritoryResponse(await this.territories.update(actor, id, body));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: `Retired: kept for what points to it, offered nowhere. Retiring twice is harmless. ${SCOPE}` })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_ID' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'TERRITORY_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'TERRITORY_IN_USE: a commune with active quartiers.' })
  async retire(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<void> {
    await this.territories.retire(actor, id);
  }
}
