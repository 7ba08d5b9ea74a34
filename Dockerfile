# Production image: builds the production jar (pre-built Vaadin bundle, no Node needed) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core core
COPY persistence persistence
COPY clinic-ui clinic-ui
RUN ./mvnw -B -Pproduction -DskipTests -pl clinic-ui -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 floorplan \
    && mkdir -p /var/lib/floorplan/keys && chown floorplan /var/lib/floorplan/keys && chmod 700 /var/lib/floorplan/keys
USER floorplan
WORKDIR /app
COPY --from=build /src/clinic-ui/target/floorplan.jar /app/floorplan.jar
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/floorplan.jar"]
