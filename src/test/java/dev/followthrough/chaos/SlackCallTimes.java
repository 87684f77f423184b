package dev.followthrough.chaos;

import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each call reached the Slack stand-in, to within one poll: the stand-in records what it was
 * sent but not when, and whether a doubled message was sent around a kill depends on exactly that.
 */
final class SlackCallTimes {

    /** A call and when it was first seen. */
    record TimedCall(SlackStandIn.Call call, Instant at) {}

    static final Duration POLL = Duration.ofMillis(20);

    private final SlackStandIn slack;
    private final List<Instant> seenAt = new ArrayList<>();
    private final Thread poller;
    private volatile boolean stopping;

    SlackCallTimes(SlackStandIn slack) {
        this.slack = slack;
        this.poller = new Thread(this::poll, "chaos-slack-call-times");
        // Should the run fail before stopping it, it must not keep Maven's JVM alive.
        poller.setDaemon(true);
    }

    void start() {
        poller.start();
    }

    /** Every call so far with when it was seen; stops the polling. */
    List<TimedCall> stop() {
        stopping = true;
        try {
            poller.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        var calls = slack.calls();
        synchronized (seenAt) {
            stamp(calls.size());
            var timed = new ArrayList<TimedCall>();
            for (var index = 0; index < calls.size(); index++) {
                timed.add(new TimedCall(calls.get(index), seenAt.get(index)));
            }
            return timed;
        }
    }

    private void poll() {
        while (!stopping) {
            var count = slack.calls().size();
            synchronized (seenAt) {
                stamp(count);
            }
            Pause.of(POLL);
        }
    }

    private void stamp(int count) {
        var now = Instant.now();
        while (seenAt.size() < count) {
            seenAt.add(now);
        }
    }
}
