# Production image: builds the production jar (pre-built Vaadin bundle, no Node needed) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core core
COPY persistence persistence
COPY clinic-ui clinic-ui
RUN ./mvnw -B -Pproduction -DskipTests -pl clinic-ui -am package \
 && java -Djarmode=tools -jar clinic-ui/target/floorplan.jar extract --destination /application

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 floorplan
WORKDIR /app
COPY --from=build /application /app/application
COPY clinic-ui/jvm.options /app/jvm.options
# Start-up (ADR 0013): the JDK's ahead-of-time cache, recorded here with this image's JVM in a training run that builds
# the Spring context and exits before serving; it needs no database (Flyway off, nothing else connects).
RUN CLINIC_DB_URL=jdbc:postgresql://127.0.0.1:1/aot-training FLOORPLAN_DEMO_DATA=false \
    java @/app/jvm.options -XX:AOTCacheOutput=/app/floorplan.aot -Xlog:aot=error \
      -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -jar /app/application/floorplan.jar
USER floorplan
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/floorplan.aot", "-XX:MaxRAMPercentage=75", \
  "-jar", "/app/application/floorplan.jar"]
