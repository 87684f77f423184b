# Build: Maven with JDK 17. On the machine's own platform even when building for another
# (--platform linux/arm64): the jars are the same for every platform and carry PostgreSQL for both.
FROM --platform=$BUILDPLATFORM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# The dependencies alone, in a layer that only a change to pom.xml rebuilds.
RUN mvn -B -q dependency:go-offline dependency:copy-dependencies@runtime-classpath
COPY src ./src
# Formatting is checked where the code is written, not in the image.
RUN mvn -B -q package -DskipTests -Dspotless.skip=true

# Run: a Java 17 runtime, as a numeric non-root user (Kubernetes' runAsNonRoot checks the number).
FROM eclipse-temurin:17-jre
# PostgreSQL's initdb refuses a user id that has no name, so the user exists, and owns /data.
RUN groupadd --system --gid 10001 followthrough \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home followthrough \
    && mkdir -p /data \
    && chown 10001:10001 /data
WORKDIR /app
# The dependencies first, the application last: a change to the code alone rebuilds only its layer.
COPY --from=build /src/target/lib /app/lib
# The JVM's options, the same file the README's run command names (heap, collector, limits).
COPY jvm.options /app/jvm.options
COPY --from=build /src/target/followthrough-app.jar /app/followthrough-app.jar
USER 10001:10001
ENV PORT=3000 \
    DATA_DIR=/data
# The embedded database's files (unused when DATABASE_URL points at a server).
VOLUME ["/data"]
EXPOSE 3000
# The service's own client asks /healthz on PORT: no curl in the image. A small JVM, started in
# about half a second; it gives up on the service after 3 s.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
    CMD ["java", "-Xmx24m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-XX:-UsePerfData", \
         "-cp", "/app/followthrough-app.jar:/app/lib/*", "dev.followthrough.Main", "healthcheck"]
# SIGTERM (docker stop) stops it in order within 30 s, even with the database not answering: requests in
# flight finish, then the outbox and the scheduler, then the database. docker stop waits only 10 s before
# SIGKILL unless run with --stop-timeout 30 (README, "Docker").
# Memory: the heap is bounded in jvm.options, not a share of the container's limit. Give the container
# at least 512 MiB with the embedded database (PostgreSQL shares the limit), 320 MiB with DATABASE_URL.
# java expands lib/* itself; each jar keeps its own services files and multi-release classes.
ENTRYPOINT ["java", "@/app/jvm.options", "-cp", "/app/followthrough-app.jar:/app/lib/*", "dev.followthrough.Main"]
CMD ["serve"]
