import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ErrorResponse } from '../common/errors/error-response';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { ThemeDto } from './dto/theme.dto';
import { ThemeResponse, toThemeResponse } from './theme.mapper';
import { ThemesService } from './themes.service';

const GLOBAL_ADMINS = 'Global admins only (an admin scoped to a territory gets FORBIDDEN: themes are shared by all territories).';

@ApiTags('themes')
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [ThemeResponse], description: 'Active themes by name.' })
  async list(): Promise<ThemeResponse[]> {
    return (await this.themes.listActive()).map(toThemeResponse);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiCreatedResponse({ type: ThemeResponse, description: GLOBAL_ADMINS })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED (details: FIELD_REQUIRED, NAME_TOO_LONG, INVALID_VALUE).' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'NAME_TAKEN: an active theme has this name, whatever the case.' })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() body: ThemeDto): Promise<ThemeResponse> {
    return toThemeResponse(await this.themes.create(actor, body.name));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOkResponse({ type: ThemeResponse, description: `Rename. ${GLOBAL_ADMINS}` })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_ID, VALIDATION_FAILED.' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'THEME_NOT_FOUND (unknown or retired).' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'NAME_TAKEN' })
  async rename(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string, @Body() body: ThemeDto): Promise<ThemeResponse> {
    return toThemeResponse(await this.themes.rename(actor, id, body.name));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: `Retired: stays on what it labels, offered nowhere. Retiring twice is harmless. ${GLOBAL_ADMINS}` })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_ID' })
  @ApiForbiddenResponse({ type: ErrorResponse, description: 'FORBIDDEN' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'THEME_NOT_FOUND' })
  async retire(@CurrentUser() actor: AuthenticatedUser, @Param('id', UuidParam) id: string): Promise<void> {
    await this.themes.retire(actor, id);
  }
}
