# Container recipe for the debrief daemon.
#   docker build -t debrief .
#   docker run -d --name debrief --env-file .env -v debrief-data:/data debrief
# The data volume holds the conversation log and state: keep it across upgrades.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production LOG_FORMAT=json DEBRIEF_DATA=/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY machines ./machines
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# SIGTERM (docker stop) makes debrief finish in-flight work and exit 0 within 10 s.
STOPSIGNAL SIGTERM
CMD ["node", "bin/debrief.js", "start"]
