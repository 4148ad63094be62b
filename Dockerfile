# The newsflow app image: one jar, every subcommand. Build context: the repository root.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY events events
COPY local-kafka local-kafka
COPY ingest ingest
COPY processor processor
COPY sink sink
COPY cli cli
RUN ./mvnw -q -B package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 newsflow && mkdir -p /out /app && chown newsflow /out
COPY --from=build /src/cli/target/newsflow.jar /app/newsflow.jar
USER newsflow
# The JVM options ./newsflow starts with (java-options.sh says why); docker run -e JAVA_TOOL_OPTIONS=... replaces them.
ENV JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -XX:InlineSmallCode=1000"
ENTRYPOINT ["java", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
