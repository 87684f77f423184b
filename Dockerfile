# Build: Maven with JDK 17 produces the self-contained jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# Run: a Java 17 runtime, as a non-root user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app followthrough \
    && mkdir -p /data \
    && chown followthrough /data
WORKDIR /app
COPY --from=build /src/target/followthrough.jar /app/followthrough.jar
# The JVM's options, the same file the README's run command names (heap, collector, limits).
COPY jvm.options /app/jvm.options
USER followthrough
ENV PORT=3000 \
    DATA_DIR=/data
# The embedded database's files (unused when DATABASE_URL points at a server).
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1
# SIGTERM (docker stop) stops it cleanly: requests in flight finish, then the scheduler, then the database.
# The heap is bounded in jvm.options (not a share of the container's memory): give the container
# at least 384 MiB; the service stays near 200 MiB resident with 1,000,000 commitments.
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/followthrough.jar"]
CMD ["serve"]
