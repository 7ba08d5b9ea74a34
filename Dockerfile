# syntax=docker/dockerfile:1
# Production image: builds the production jar (pre-built Vaadin bundle, no Node needed) and runs it on a JRE.
#   docker build -t floorplan .        (docs/operations.md, "Containers")
#
# Base images by exact tag (Temurin 25.0.3+9 on Ubuntu 24.04, as the team's JDK). For a build that cannot change
# under you, add the digest the registry reports, e.g.
#   docker buildx imagetools inspect eclipse-temurin:25.0.3_9-jre-noble
#   --build-arg JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble@sha256:<digest>
ARG JDK_IMAGE=eclipse-temurin:25.0.3_9-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:25.0.3_9-jre-noble

FROM ${JDK_IMAGE} AS build
WORKDIR /src
# 1. The build files only: Maven's downloads depend on nothing else, so a change to the code reuses this layer.
#    Maven's repository is a BuildKit cache kept between builds: what go-offline cannot foresee is downloaded once.
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core/pom.xml core/pom.xml
COPY persistence/pom.xml persistence/pom.xml
COPY export/pom.xml export/pom.xml
COPY clinic-ui/pom.xml clinic-ui/pom.xml
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pproduction -pl clinic-ui -am dependency:go-offline -DexcludeGroupIds=app.floorplan
# 2. The code.
COPY core/src core/src
COPY persistence/src persistence/src
COPY export/src export/src
COPY clinic-ui/src clinic-ui/src
COPY clinic-ui/jvm.options clinic-ui/jvm.options
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pproduction -DskipTests -pl clinic-ui -am package \
 && java -Djarmode=tools -jar clinic-ui/target/floorplan.jar extract --destination /application

FROM ${JRE_IMAGE}
RUN useradd --system --uid 10001 floorplan \
    && mkdir -p /var/lib/floorplan/keys && chown floorplan /var/lib/floorplan/keys && chmod 700 /var/lib/floorplan/keys
WORKDIR /app
COPY --from=build /application /app/application
COPY --from=build /src/clinic-ui/jvm.options /app/jvm.options
# Start-up (ADR 0014): the JDK's ahead-of-time cache, recorded here with this image's JVM in a training run that builds
# the Spring context and exits before serving; it needs no database (Flyway off, nothing else connects) and only a
# placeholder key for authenticator secrets (it seals nothing).
RUN CLINIC_DB_URL=jdbc:postgresql://127.0.0.1:1/aot-training FLOORPLAN_DEMO_DATA=false \
    FLOORPLAN_TOTP_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= \
    java @/app/jvm.options -XX:AOTCacheOutput=/app/floorplan.aot -Xlog:aot=error \
      -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -jar /app/application/floorplan.jar
USER floorplan
EXPOSE 8080
# The images' sh is dash, which has no /dev/tcp: the check runs in bash. Ready means 200 from readiness, which
# includes the database; the connection closes after the answer (HTTP/1.0).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/floorplan.aot", "-XX:MaxRAMPercentage=75", \
  "-jar", "/app/application/floorplan.jar"]
