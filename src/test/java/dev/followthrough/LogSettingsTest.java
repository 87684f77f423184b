package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSettingsTest {

    private static final Map<String, String> SLACK = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");

    @Test
    void unsetTheLogsAreTextAtInfo() {
        var logging = valid(Map.of()).logging();

        assertThat(logging.format()).isEqualTo(LogSettings.Format.TEXT);
        assertThat(logging.level()).isEqualTo("INFO");
    }

    @Test
    void formatAndLevelAreReadWhateverTheirCase() {
        var logging =
                valid(Map.of("LOG_FORMAT", "JSON", "LOG_LEVEL", " debug ")).logging();

        assertThat(logging.format()).isEqualTo(LogSettings.Format.JSON);
        assertThat(logging.level()).isEqualTo("DEBUG");
    }

    @Test
    void aValueNotAllowedIsRefusedWithTheVariableAndWhatIsAllowedNotTakenAsTheDefault() {
        var environment = new HashMap<>(SLACK);
        environment.put("LOG_FORMAT", "xml");
        environment.put("LOG_LEVEL", "OFF");

        var reading = Config.fromEnvironment(environment);

        assertThat(reading).isInstanceOf(Config.Invalid.class);
        assertThat(((Config.Invalid) reading).problems())
                .containsExactly(
                        "LOG_FORMAT must be text or json, not xml.",
                        "LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, not OFF.");
    }

    @Test
    void loggingStartsOnTheDefaultsWhileStartUpRefusesAValueSoTheRefusalIsStillPrinted() {
        assertThat(LogSettings.formatAtStart("yaml")).isEqualTo(LogSettings.Format.TEXT);
        assertThat(LogSettings.formatAtStart(null)).isEqualTo(LogSettings.Format.TEXT);
        assertThat(LogSettings.formatAtStart("Json")).isEqualTo(LogSettings.Format.JSON);
        assertThat(LogSettings.levelAtStart("loud")).isEqualTo("INFO");
        assertThat(LogSettings.levelAtStart("warn")).isEqualTo("WARN");
    }

    private static Config valid(Map<String, String> logging) {
        var environment = new HashMap<>(SLACK);
        environment.putAll(logging);
        return ((Config.Valid) Config.fromEnvironment(environment)).config();
    }
}
