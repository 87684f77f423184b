package dev.followthrough.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A job's lines about one commitment (a reminder queued by the sweep, then sent) say which, and whose team. */
class JobLinesNameTheirCommitmentTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String RECORDER = "dev.followthrough.platform.outbox.Recorder";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final Logger recorder = (Logger) LoggerFactory.getLogger(RECORDER);
    private final Logger sweep = (Logger) LoggerFactory.getLogger("dev.followthrough.reminder.DueSweep");

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
        // Each reminder queued and each message sent is a DEBUG line: shown here as LOG_LEVEL=DEBUG shows it.
        recorder.setLevel(Level.DEBUG);
        sweep.setLevel(Level.DEBUG);
    }

    @AfterEach
    void quietAgain() {
        recorder.setLevel(null);
        sweep.setLevel(null);
    }

    @Test
    void aNudgeQueuedAndSentIsLoggedWithItsTeamAndCommitment() {
        try (var logs = CapturedLogs.everything()) {
            followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
            var commitment = Long.toString(followthrough.number("SELECT max(id) FROM commitments"));

            followthrough.clock.set(
                    LocalDateTime.parse("2026-11-26T14:00:30").atZone(NEW_YORK).toInstant());
            await().atMost(Duration.ofSeconds(15))
                    .until(() ->
                            !lines(logs, "Reminder queued: nudge:" + commitment).isEmpty()
                                    && !lines(logs, "Outbox message nudge:" + commitment)
                                            .isEmpty());

            assertThat(lines(logs, "Reminder queued: nudge:" + commitment))
                    .singleElement()
                    .satisfies(queued -> {
                        // One line per reminder is DEBUG: a Friday burst queues thousands in a minute.
                        assertThat(queued.getLevel()).isEqualTo(Level.DEBUG);
                        assertThat(queued.getThreadName()).doesNotStartWith("qtp");
                        assertThat(queued.getMDCPropertyMap())
                                .containsEntry(LogContext.TEAM, "T0001")
                                .containsEntry(LogContext.COMMITMENT, commitment)
                                .doesNotContainKey(LogContext.USER);
                    });
            assertThat(lines(logs, "Outbox message nudge:" + commitment))
                    .singleElement()
                    .satisfies(sent -> {
                        assertThat(sent.getFormattedMessage()).endsWith(" sent");
                        assertThat(sent.getMDCPropertyMap())
                                .containsEntry(LogContext.TEAM, "T0001")
                                .containsEntry(LogContext.COMMITMENT, commitment);
                    });
        }
    }

    private static List<ILoggingEvent> lines(CapturedLogs logs, String start) {
        return logs.events().stream()
                .filter(event -> event.getFormattedMessage().startsWith(start))
                .toList();
    }
}
