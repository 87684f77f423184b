package dev.followthrough.platform.logging;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * What each log line is about: the team, the commitment and, on a Slack request, the user. Kept in
 * SLF4J's MDC, which logback.xml shows as {@code team=… commitment=…} in text and writes as fields
 * in JSON.
 *
 * <p>The MDC belongs to a thread, and threads are pooled: every unit of work (a Slack request, a
 * job's run, one outbox send, work handed to another thread) runs inside a {@link Scope} or is
 * {@link #carried}, and each leaves the thread as it found it, so nothing said about one unit shows
 * on the next. Inside a unit, {@link #markCommitment} names the commitment it turned out to be about
 * (a promise just recorded); the unit's end takes it away again.
 *
 * <pre>{@code
 * try (var scope = LogContext.commitment(teamId, commitmentId)) {
 *     log.info("Queued a nudge");   // ... team=T0001 commitment=42
 * }
 * }</pre>
 */
public final class LogContext {

    public static final String TEAM = "team";
    public static final String USER = "user";
    public static final String COMMITMENT = "commitment";

    // How many scopes are open on this thread: outside every one, a mark would have no end.
    private static final ThreadLocal<int[]> OPEN = ThreadLocal.withInitial(() -> new int[1]);

    private LogContext() {}

    /** Puts back, when closed, what the thread's context was when it was opened. */
    public static final class Scope implements AutoCloseable {

        private final Map<String, String> before;

        private Scope() {
            this.before = MDC.getCopyOfContextMap();
            OPEN.get()[0]++;
        }

        private Scope with(String key, String value) {
            if (value == null || value.isBlank()) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
            return this;
        }

        @Override
        public void close() {
            restore(before);
            OPEN.get()[0]--;
        }
    }

    /** A unit of work with nothing known yet: whatever a pooled thread carried is cleared until closed. */
    public static Scope unit() {
        var scope = new Scope();
        MDC.clear();
        return scope;
    }

    /** Work for one team until closed ({@code teamId} may be null: then none). */
    public static Scope team(String teamId) {
        return unit().with(TEAM, teamId);
    }

    /** Work for one team and, when there is one, one commitment (an outbox message's), until closed. */
    public static Scope about(String teamId, Optional<Long> commitmentId) {
        var scope = team(teamId);
        commitmentId.ifPresent(LogContext::markCommitment);
        return scope;
    }

    /** A Slack request from {@code userId} in {@code teamId} (either may be null). */
    public static Scope request(String teamId, String userId) {
        return team(teamId).with(USER, userId);
    }

    /** Work on one commitment until closed; the team stays as it was when none is given. */
    public static Scope commitment(String teamId, long commitmentId) {
        var scope = new Scope();
        if (teamId != null) {
            scope.with(TEAM, teamId);
        }
        return scope.with(COMMITMENT, Long.toString(commitmentId));
    }

    /**
     * The commitment the unit of work running on this thread is about, from here to the unit's end;
     * nothing outside a unit (a calendar download), where no end would take it away again.
     */
    public static void markCommitment(long commitmentId) {
        if (OPEN.get()[0] > 0) {
            MDC.put(COMMITMENT, Long.toString(commitmentId));
        }
    }

    /** {@code work} run, on whichever thread, with the context this thread has now, then without it. */
    public static Runnable carried(Runnable work) {
        var context = MDC.getCopyOfContextMap();
        return () -> {
            try (var scope = new Scope()) {
                restore(context);
                work.run();
            }
        };
    }

    /** As {@link #carried(Runnable)}, for work with an answer. */
    public static <T> Callable<T> carried(Callable<T> work) {
        var context = MDC.getCopyOfContextMap();
        return () -> {
            try (var scope = new Scope()) {
                restore(context);
                return work.call();
            }
        };
    }

    /** An executor that runs each task with the context of the thread that handed it over. */
    public static Executor carrying(Executor executor) {
        return work -> executor.execute(carried(work));
    }

    private static void restore(Map<String, String> context) {
        if (context == null || context.isEmpty()) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
