import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from '../common/auth/public.decorator';
import { CurrentUser } from '../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ErrorResponse } from '../common/errors/error-response';
import { AppException } from '../common/errors/app.exception';
import { RegisterDto } from '../users/dto/register.dto';
import { RolesService } from '../users/roles.service';
import { toMeResponse } from '../users/user.mapper';
import type { User } from '../users/user.entity';
import { clearAuthCookies, readCookie, REFRESH_COOKIE, setAuthCookies } from './auth-cookies';
import { ACCESS_TOKEN_SECONDS, type IssuedTokens } from './auth-tokens';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto } from './dto/login.dto';
import { RefreshedResponse, SessionResponse, TokenResponse } from './dto/session.response';
import { LocalAuthGuard } from './guards';

type Reply = FastifyReply;

@ApiTags('auth')
@ApiHeader({ name: 'X-CSRF-Protection', description: 'Must be "1" on state-changing requests authenticated by cookies.', required: false })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly roles: RolesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: SessionResponse, description: 'The account is created and signed in (cookies).' })
  @ApiOkResponse({ type: ErrorResponse, description: 'Errors: VALIDATION_FAILED (with details), EMAIL_TAKEN (409).' })
  async register(@Body() body: RegisterDto, @Res({ passthrough: true }) reply: Reply): Promise<SessionResponse> {
    const { user, tokens } = await this.auth.register(body);
    return this.signIn(reply, user, tokens);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionResponse, description: 'Signed in; tokens are set as httpOnly cookies.' })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'INVALID_CREDENTIALS, the same for an unknown email and a wrong password.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'TOO_MANY_ATTEMPTS, with Retry-After.' })
  async login(@Req() request: FastifyRequest & { user: User }, @Body() body: LoginDto, @Res({ passthrough: true }) reply: Reply): Promise<SessionResponse> {
    const tokens = await this.auth.openSession(request.user.id, body.rememberMe ?? false);
    return this.signIn(reply, request.user, tokens);
  }

  @Public()
  @Post('token')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenResponse, description: 'For API clients: tokens in the body, no cookies.' })
  async token(@Req() request: FastifyRequest & { user: User }, @Body() body: LoginDto): Promise<TokenResponse> {
    return toTokenResponse(await this.auth.openSession(request.user.id, body.rememberMe ?? false));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: RefreshedResponse, description: 'Cookie clients get new cookies; with `refreshToken` in the body, the answer is a TokenResponse.' })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'REFRESH_TOKEN_INVALID, or REFRESH_TOKEN_REUSED (the whole session is then closed).' })
  async refresh(@Req() request: FastifyRequest, @Body() body: RefreshDto, @Res({ passthrough: true }) reply: Reply): Promise<RefreshedResponse | TokenResponse> {
    if (body.refreshToken) return toTokenResponse(await this.auth.refresh(body.refreshToken));
    const cookie = readCookie(request, REFRESH_COOKIE);
    if (!cookie) throw new AppException('REFRESH_TOKEN_INVALID');
    try {
      const tokens = await this.auth.refresh(cookie);
      setAuthCookies(reply, tokens, this.secureCookies);
      return { accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(), sessionExpiresAt: tokens.sessionExpiresAt.toISOString() };
    } catch (error) {
      clearAuthCookies(reply, this.secureCookies);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ends this session (access token or refresh cookie) and clears the cookies.' })
  async logout(@Req() request: FastifyRequest & { user?: AuthenticatedUser }, @Body() body: RefreshDto, @Res({ passthrough: true }) reply: Reply): Promise<void> {
    const refreshToken = body.refreshToken ?? readCookie(request, REFRESH_COOKIE);
    if (request.user) await this.auth.logout(request.user.sessionId);
    else if (refreshToken) await this.auth.logoutWithRefreshToken(refreshToken);
    clearAuthCookies(reply, this.secureCookies);
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ends every session of this account, on every device.' })
  async logoutEverywhere(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: Reply): Promise<void> {
    await this.auth.logoutEverywhere(user.id);
    clearAuthCookies(reply, this.secureCookies);
  }

  private get secureCookies(): boolean {
    return this.config.nodeEnv === 'production';
  }

  private async signIn(reply: Reply, user: User, tokens: IssuedTokens): Promise<SessionResponse> {
    setAuthCookies(reply, tokens, this.secureCookies);
    return {
      user: toMeResponse(user, await this.roles.grantsOf(user.id)),
      accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(),
      sessionExpiresAt: tokens.sessionExpiresAt.toISOString(),
      persistent: tokens.persistent,
    };
  }
}

function toTokenResponse(tokens: IssuedTokens): TokenResponse {
  return {
    tokenType: 'Bearer',
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresIn: ACCESS_TOKEN_SECONDS,
    sessionExpiresAt: tokens.sessionExpiresAt.toISOString(),
  };
}
