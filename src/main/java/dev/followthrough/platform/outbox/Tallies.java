package dev.followthrough.platform.outbox;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running dispatcher's outcomes, logged as one line every few seconds rather than per batch. */
final class Tallies {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private Recorder.Tally since = Recorder.Tally.NONE;
    private long loggedAt = System.nanoTime();

    void add(Recorder.Tally tally) {
        since = since.plus(tally);
        if (System.nanoTime() - loggedAt >= EVERY_NANOS) {
            flush();
        }
    }

    void flush() {
        if (since.sent() > 0 || since.failed() > 0 || since.lost() > 0) {
            log.info(
                    "Outbox: sent {}, failed {}, {} to retry, {} handed back, {} taken over by another instance",
                    since.sent(),
                    since.failed(),
                    since.retrying(),
                    since.givenBack(),
                    since.lost());
        }
        since = Recorder.Tally.NONE;
        loggedAt = System.nanoTime();
    }
}
