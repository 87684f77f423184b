package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands' words and exit statuses, in this JVM; MainProcessTest runs them as processes. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String commandLine) {
        return Main.run(
                List.of(commandLine.split(" ")),
                new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "version"})
    void versionIsOneLineWithThePomsVersionCommitAndDate(String commandLine) {
        var status = run(commandLine);

        assertThat(status).isZero();
        // The commit is there when the build ran in a git repository (a clone or a worktree).
        var commit = "(commit [0-9a-f]{7,}, )" + (Files.exists(Path.of(".git")) ? "" : "?");
        assertThat(output())
                .matches("Followthrough \\d+\\.\\d+\\.\\d+\\S* \\(" + commit + "built \\d{4}-\\d{2}-\\d{2}\\)\\R");
        assertThat(errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "serve --help, usage: serve",
        "serve -h, usage: serve",
        "help serve, usage: serve",
        "parse --help, usage: parse",
        "help parse, usage: parse",
        "healthcheck --help, usage: healthcheck",
        "healthcheck -h, usage: healthcheck",
        "help healthcheck, usage: healthcheck",
        "version --help, usage: version",
        "help version, usage: version",
        "--help, Usage: java -jar followthrough.jar",
        "help, Usage: java -jar followthrough.jar",
    })
    void eachCommandsHelpIsItsUsageAndExitsZero(String commandLine, String usage) {
        var status = run(commandLine);

        assertThat(status).isZero();
        assertThat(output()).startsWith(usage);
        assertThat(errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve --help", "help serve"})
    void serveHelpNamesTheMainVariablesAndPointsToTheReadme(String commandLine) {
        run(commandLine);

        assertThat(output())
                .contains("SLACK_BOT_TOKEN")
                .contains("SLACK_SIGNING_SECRET")
                .contains("SLACK_APP_TOKEN")
                .contains("DATABASE_URL")
                .contains("PORT")
                .contains("README.md");
    }

    @ParameterizedTest
    @CsvSource({
        "serve --port 3000, Unknown option for serve: --port, usage: serve",
        "parse --nope, Unknown option --nope., usage: parse",
        "healthcheck --nope, Unknown option for healthcheck: --nope., usage: healthcheck",
        "version --short, Unknown option for version: --short., usage: version",
    })
    void anUnknownOptionIsOneLineThenTheUsageAndExitsTwo(String commandLine, String problem, String usage) {
        var status = run(commandLine);

        assertThat(status).isEqualTo(2);
        assertThat(errors().lines()).hasSize(2);
        assertThat(errors().lines().toList().get(0)).startsWith(problem);
        assertThat(errors().lines().toList().get(1)).startsWith(usage);
        assertThat(output()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "help frobnicate"})
    void anUnknownCommandIsNamedWithTheCommandsAndExitsTwo(String commandLine) {
        var status = run(commandLine);

        assertThat(status).isEqualTo(2);
        assertThat(errors()).startsWith("Unknown command: frobnicate").contains("healthcheck");
    }
}
