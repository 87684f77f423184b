package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.platform.outbox.DispatcherSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is what the start-up check does: each default it states is
 * the value the service runs with when the variable is unset, and each range "A to B" is
 * accepted at both ends and refused, naming the variable, just outside them.
 */
class ReadmeConfigurationTest {

    private static final Map<String, String> BASE =
            Map.of("SLACK_BOT_TOKEN", "xoxb-readme", "SLACK_SIGNING_SECRET", "readme-signing-secret");

    private static final Pattern DEFAULT = Pattern.compile("default `([^`]+)`");
    private static final Pattern RANGE = Pattern.compile("(?:\\(|optional, )(\\d+) to (\\d+)");
    private static final Pattern BURST = Pattern.compile("bursts of (\\d+)");

    /** Each variable whose default the README states, read back from a configuration without it. */
    private static final Map<String, Function<Config, String>> EFFECTIVE = Map.ofEntries(
            Map.entry("DATA_DIR", config -> config.dataDir().toString()),
            Map.entry("PORT", config -> Integer.toString(config.port())),
            Map.entry("SLACK_API_URL", Config::slackApiUrl),
            Map.entry(
                    "DATA_RETENTION_DAYS",
                    config -> Long.toString(config.dataRetention().toDays())),
            Map.entry("WEEKLY_DIGESTS", config -> config.weeklyDigests() ? "on" : "off"),
            Map.entry(
                    "OUTBOX_SENDERS", config -> Integer.toString(sending(config).senders())),
            Map.entry(
                    "OUTBOX_LEASE_SECONDS",
                    config -> Long.toString(sending(config).rowLease().toSeconds())),
            Map.entry(
                    "SLACK_POSTS_PER_CHANNEL_PER_SECOND",
                    config -> number(sending(config).postsPerChannelPerSecond())),
            Map.entry(
                    "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE",
                    config -> number(sending(config).postsPerWorkspacePerMinute())),
            Map.entry(
                    "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE",
                    config -> number(sending(config).updatesPerWorkspacePerMinute())),
            Map.entry("LOG_FORMAT", config -> config.logging().format().name().toLowerCase(Locale.ROOT)),
            Map.entry("LOG_LEVEL", config -> config.logging().level()));

    /** Each variable whose burst the README states. */
    private static final Map<String, Function<DispatcherSettings, Integer>> BURSTS = Map.of(
            "SLACK_POSTS_PER_CHANNEL_PER_SECOND", DispatcherSettings::channelBurst,
            "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", DispatcherSettings::workspaceBurst);

    @Test
    void everyDefaultTheTableStatesIsTheOneTheServiceRunsWith() throws IOException {
        var unset = valid(BASE);
        var checked = new ArrayList<String>();
        for (var row : rows()) {
            var stated = DEFAULT.matcher(row.meaning());
            if (!stated.find()) {
                continue;
            }
            assertThat(EFFECTIVE).as("a check for %s's default", row.name()).containsKey(row.name());
            assertThat(EFFECTIVE.get(row.name()).apply(unset))
                    .as("%s's default", row.name())
                    .isEqualTo(stated.group(1));
            var burst = BURST.matcher(row.meaning());
            if (burst.find()) {
                assertThat(BURSTS.get(row.name()).apply(sending(unset)))
                        .as("%s's burst", row.name())
                        .isEqualTo(Integer.parseInt(burst.group(1)));
            }
            checked.add(row.name());
        }
        assertThat(checked).contains("PORT", "DATA_DIR", "OUTBOX_SENDERS", "LOG_LEVEL");
    }

    @Test
    void everyRangeTheTableStatesIsAcceptedAtBothEndsAndRefusedJustOutside() throws IOException {
        var checked = new ArrayList<String>();
        for (var row : rows()) {
            var range = RANGE.matcher(row.meaning());
            if (!range.find()) {
                continue;
            }
            var least = Long.parseLong(range.group(1));
            var most = Long.parseLong(range.group(2));
            for (var inside : List.of(least, most)) {
                assertThat(Config.fromEnvironment(with(row.name(), inside)))
                        .as("%s=%d", row.name(), inside)
                        .isInstanceOf(Config.Valid.class);
            }
            for (var outside : List.of(least - 1, most + 1)) {
                var reading = Config.fromEnvironment(with(row.name(), outside));
                assertThat(reading).as("%s=%d", row.name(), outside).isInstanceOf(Config.Invalid.class);
                assertThat(((Config.Invalid) reading).problems())
                        .singleElement()
                        .asString()
                        .contains(row.name())
                        .contains(Long.toString(outside));
            }
            checked.add(row.name());
        }
        assertThat(checked)
                .contains("PORT", "DATA_RETENTION_DAYS", "OUTBOX_SENDERS", "OUTBOX_LEASE_SECONDS", "METRICS_PORT");
    }

    private record Row(String name, String meaning) {}

    /** The rows of the table under "## Configuration". */
    private static List<Row> rows() throws IOException {
        var lines = Files.readAllLines(Path.of("README.md"));
        var start = lines.indexOf("## Configuration");
        assertThat(start).as("README.md has a Configuration section").isNotNegative();
        var rows = new ArrayList<Row>();
        var inTable = false;
        for (var line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("| variable |")) {
                inTable = true;
            } else if (inTable && line.startsWith("| `")) {
                var cells = line.split("\\|", 4);
                var name = cells[1].strip().replaceAll("^`([A-Z_]+)`.*", "$1");
                rows.add(new Row(name, cells[2]));
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        assertThat(rows).hasSizeGreaterThan(10);
        return rows;
    }

    private static Map<String, String> with(String name, long value) {
        var environment = new HashMap<>(BASE);
        environment.put(name, Long.toString(value));
        return environment;
    }

    private static Config valid(Map<String, String> environment) {
        var reading = Config.fromEnvironment(environment);
        assertThat(reading).isInstanceOf(Config.Valid.class);
        return ((Config.Valid) reading).config();
    }

    private static DispatcherSettings sending(Config config) {
        var dispatch = config.dispatch();
        return DispatcherSettings.DEFAULT.with(
                dispatch.senders(),
                dispatch.leaseSeconds(),
                dispatch.postsPerWorkspacePerMinute(),
                dispatch.postsPerChannelPerSecond(),
                dispatch.updatesPerWorkspacePerMinute());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
