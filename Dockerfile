# syntax=docker/dockerfile:1
# One production-shaped image recipe for every service; the module and its port are build arguments, so adding a
# service is a compose block, not another copy of this file. Built from the repository root (the build needs the
# sibling modules), e.g. docker compose build command-service   or
#   docker build --build-arg MODULE=command-service --build-arg PORT=8081 -t cse-risk-record/command-service .
# What each service reads from the environment: docs/local-stack.md (services) and docs/web-ui.md (web-ui).

ARG MODULE
ARG PORT

# ---- build: the whole reactor slice this module needs, on JDK 17 ----
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
RUN test -n "$MODULE" || (echo "build argument MODULE is required (e.g. command-service)" >&2; exit 1)
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -pl ${MODULE} -am package \
 && cp ${MODULE}/target/${MODULE}-*-exec.jar /app.jar

# ---- run: JRE 17 only, as an unprivileged user ----
FROM eclipse-temurin:17-jre
ARG PORT
RUN test -n "$PORT" || (echo "build argument PORT is required (e.g. 8081)" >&2; exit 1)
RUN command -v curl >/dev/null \
    || (apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*)
RUN groupadd --system --gid 10001 cse \
 && useradd --system --uid 10001 --gid cse --home-dir /app --shell /usr/sbin/nologin cse
WORKDIR /app
COPY --from=build --chown=root:root /app.jar /app/app.jar
USER 10001:10001

# Configured only through the environment; extra JVM options: JAVA_TOOL_OPTIONS.
ENV SERVER_PORT=${PORT} \
    AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health" | grep -q '"status":"UP"' || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true", "-jar", "/app/app.jar"]
