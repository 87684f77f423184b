package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

/** The Dockerfile, read as the builder reads it (there is no Docker engine where the tests run). */
class ContainerImageTest {

    private static final String CLASS_PATH = "/app/followthrough-app.jar:/app/lib/*";

    private final Dockerfile dockerfile = Dockerfile.read(Path.of("Dockerfile"));
    private final Dockerfile.Stage build = dockerfile.stage("build");
    private final Dockerfile.Stage image = dockerfile.last();

    @Test
    void buildsWithMavenOnJdk17AndRunsOnTheJava17Runtime() {
        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(build.image()).isEqualTo("maven:3.9-eclipse-temurin-17");
        assertThat(image.image()).isEqualTo("eclipse-temurin:17-jre");
    }

    @Test
    void runsAsANumericNonRootUserThatOwnsTheDataDirectory() {
        var user = image.only("USER").arguments();
        assertThat(user).matches("[1-9][0-9]*:[1-9][0-9]*");
        var dataDirectory = environment().get("DATA_DIR");

        assertThat(image.only("VOLUME").execForm()).containsExactly(dataDirectory);
        assertThat(image.only("RUN").arguments())
                .contains("--uid " + user.split(":")[0], "--gid " + user.split(":")[1])
                .contains("chown " + user + " " + dataDirectory);
    }

    @Test
    void runsTheServiceFromTheThinJarAndItsDependencies() {
        assertThat(image.only("ENTRYPOINT").execForm())
                .containsExactly("java", "@/app/jvm.options", "-cp", CLASS_PATH, "dev.followthrough.Main");
        assertThat(image.only("CMD").execForm()).containsExactly("serve");
        assertThat(environment()).containsEntry("PORT", "3000");
        assertThat(image.only("EXPOSE").arguments()).isEqualTo("3000");
    }

    @Test
    void dependenciesAreALayerOfTheirOwnBeneathTheApplication() {
        var copies = image.all("COPY");
        var destinations = copies.stream().map(copy -> last(copy.words())).toList();

        assertThat(destinations).containsSubsequence("/app/lib", "/app/followthrough-app.jar");
        assertThat(last(destinations)).isEqualTo("/app/followthrough-app.jar");
        // In the build too: the dependencies are fetched before the sources arrive.
        assertThat(build.instructions().stream()
                        .map(instruction -> instruction.keyword() + " " + instruction.arguments())
                        .toList())
                .containsSubsequence(
                        "COPY pom.xml .",
                        "RUN mvn -B -q dependency:go-offline dependency:copy-dependencies@runtime-classpath",
                        "COPY src ./src");
    }

    @Test
    void healthcheckAsksTheServiceItselfWithNoExtraTools() {
        var healthcheck = image.only("HEALTHCHECK");
        var command = healthcheck.command();

        assertThat(command.keyword()).isEqualTo("CMD");
        assertThat(command.execForm())
                .startsWith("java", "-Xmx24m")
                .containsSubsequence("-cp", CLASS_PATH)
                .endsWith("dev.followthrough.Main", "healthcheck")
                .noneMatch(word -> word.contains("curl") || word.contains("wget"));
        assertThat(healthcheck.flag("timeout")).isPresent();
        assertThat(healthcheck.flag("start-period")).isPresent();
    }

    @Test
    void noStageInstallsPackages() {
        var runs = dockerfile.stages().stream()
                .flatMap(stage -> stage.all("RUN").stream())
                .map(Dockerfile.Instruction::arguments)
                .toList();

        assertThat(runs).isNotEmpty().noneMatch(run -> run.matches(".*\\b(apt-get|apt|apk|yum|dnf|curl|wget)\\b.*"));
    }

    @Test
    void filesCopiedFromTheProjectExistAndAreSentToTheBuilder() throws IOException {
        var ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(pattern -> pattern.replaceAll("^/|/$", ""))
                .toList();
        var sources = dockerfile.stages().stream()
                .flatMap(stage -> stage.all("COPY").stream())
                .filter(copy -> copy.flag("from").isEmpty())
                .flatMap(copy -> copy.words().subList(0, copy.words().size() - 1).stream())
                .toList();

        assertThat(sources).containsExactlyInAnyOrder("pom.xml", "src", "jvm.options");
        assertThat(sources).allSatisfy(source -> {
            assertThat(Path.of(source)).exists();
            assertThat(ignored).noneMatch(pattern -> excludes(pattern, Path.of(source)));
        });
        assertThat(ignored).contains("target", "data", ".git");
    }

    @Test
    void filesCopiedFromTheBuildAreTheOnesItWrites() throws Exception {
        var pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        var jar = xpath.evaluate("/project/build/finalName", pom) + ".jar";
        var libraries = xpath.evaluate(
                "//plugin[artifactId='maven-dependency-plugin']//execution[id='runtime-classpath']"
                        + "/configuration/outputDirectory",
                pom);
        var target = build.only("WORKDIR").arguments() + "/target/";

        var fromTheBuild = image.all("COPY").stream()
                .filter(copy -> copy.flag("from").equals(Optional.of("build")))
                .collect(Collectors.toMap(
                        copy -> copy.words().get(0), copy -> copy.words().get(1)));

        assertThat(libraries).isEqualTo("${project.build.directory}/lib");
        assertThat(fromTheBuild)
                .containsExactlyInAnyOrderEntriesOf(Map.of(target + "lib", "/app/lib", target + jar, "/app/" + jar));
    }

    @Test
    void readsContinuedLinesAndCommentsAsTheBuilderDoes() {
        var parsed = Dockerfile.parse(List.of(
                "FROM --platform=$BUILDPLATFORM alpine:3 AS first",
                "RUN one \\",
                "# a comment inside the instruction",
                "    && two",
                "",
                "FROM scratch",
                "HEALTHCHECK --timeout=5s \\",
                "    CMD [\"probe\", \\",
                "         \"--now\"]"));

        assertThat(parsed.stage("first").only("RUN").arguments()).isEqualTo("one && two");
        assertThat(parsed.stage("first").image()).isEqualTo("alpine:3");
        assertThat(parsed.last().image()).isEqualTo("scratch");
        assertThat(parsed.last().only("HEALTHCHECK").flag("timeout")).contains("5s");
        assertThat(parsed.last().only("HEALTHCHECK").command().execForm()).containsExactly("probe", "--now");
    }

    private Map<String, String> environment() {
        return image.all("ENV").stream()
                .flatMap(env -> env.words().stream())
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    /** A pattern that names a directory leaves out everything beneath it. */
    private static boolean excludes(String pattern, Path source) {
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        for (var path = source; path != null; path = path.getParent()) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
