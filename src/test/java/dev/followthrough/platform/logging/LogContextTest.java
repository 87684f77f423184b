package dev.followthrough.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A unit of work's team and commitment never outlive it, on its own thread or one it handed work to. */
class LogContextTest {

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @Test
    void aScopePutsBackWhatWasThereBefore() {
        try (var team = LogContext.team("T0001")) {
            try (var commitment = LogContext.commitment("T0002", 42)) {
                assertThat(MDC.getCopyOfContextMap())
                        .isEqualTo(Map.of(LogContext.TEAM, "T0002", LogContext.COMMITMENT, "42"));
            }
            assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of(LogContext.TEAM, "T0001"));
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void aCommitmentMarkedInsideAUnitEndsWithIt() {
        try (var request = LogContext.request("T0001", "U100")) {
            LogContext.markCommitment(7);
            assertThat(MDC.get(LogContext.COMMITMENT)).isEqualTo("7");
        }
        assertThat(MDC.get(LogContext.COMMITMENT)).isNull();
    }

    @Test
    void aMarkOutsideEveryUnitIsNotKeptWhereNothingWouldTakeItAway() {
        LogContext.markCommitment(7);

        assertThat(MDC.get(LogContext.COMMITMENT)).isNull();
    }

    @Test
    void aUnitStartsWithoutWhatAPooledThreadStillCarried() {
        MDC.put(LogContext.COMMITMENT, "99");

        try (var unit = LogContext.team("T0001")) {
            assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of(LogContext.TEAM, "T0001"));
        }
    }

    @Test
    void workHandedToAnotherThreadCarriesTheContextThereAndLeavesNothingBehind() throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        try {
            var carrying = LogContext.carrying(pool);
            try (var request = LogContext.request("T0001", "U100")) {
                LogContext.markCommitment(42);
                var seen = new java.util.concurrent.CompletableFuture<Map<String, String>>();
                carrying.execute(() -> seen.complete(MDC.getCopyOfContextMap()));
                assertThat(seen.get(5, TimeUnit.SECONDS))
                        .isEqualTo(
                                Map.of(LogContext.TEAM, "T0001", LogContext.USER, "U100", LogContext.COMMITMENT, "42"));
            }
            var afterwards = pool.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);
            assertThat(afterwards).isNullOrEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
