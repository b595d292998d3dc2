# Participons production image.
#
#   docker build -t participons .
#   docker run -e DATABASE_URL=postgres://… -e JWT_SECRET=… -p 3000:3000 participons
#
# DATABASE_URL is required here: with it the app never starts its embedded PostgreSQL.
# The app applies pending migrations itself at start-up, then listens on $PORT.

# ---- build: full install, compile the API and the web front-end -------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Dependencies first, so that a source change does not re-run npm ci.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Sources (what .dockerignore lets through: no node_modules, build output, tests or local data).
COPY . .
RUN npm run build

# ---- runtime: production dependencies and build output only -----------------------------------
FROM node:20-bookworm-slim AS runtime
# A bounded V8 heap (README, "Production"); `docker run -e NODE_OPTIONS=…` replaces it. The summary
# worker thread has its own limits (apps/api/src/summaries/summary-limits.ts).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NODE_OPTIONS=--max-old-space-size=192
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# DATA_DIR (./data) is the only place the app may write; unused when DATABASE_URL is set.
RUN mkdir -p /app/data && chown node:node /app/data

# The official image ships the unprivileged user `node` (uid 1000).
USER node

EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The app applies pending migrations itself at start, then listens. DATABASE_URL is required here:
# the container must never fall back to the embedded PostgreSQL (its data would die with it).
CMD ["sh", "-c", "if [ -z \"$DATABASE_URL\" ]; then echo 'DATABASE_URL is required (postgres://user:password@host:5432/database)' >&2; exit 1; fi; exec node dist/apps/api/src/main.js"]
