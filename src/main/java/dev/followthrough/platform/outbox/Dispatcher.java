package dev.followthrough.platform.outbox;

import dev.followthrough.platform.database.DatabaseOutage;
import dev.followthrough.platform.database.DatabaseTrouble;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.slack.Workspaces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages: each once, a recipient's in the order they were enqueued,
 * others independently and many at once; Slack's passing errors retried (after {@code Retry-After}
 * when Slack gives one, else with a doubling back-off up to 5 minutes, for at most 24 hours), its
 * final errors marked FAILED at once. Every instance runs one, on one database.
 *
 * <p>No transaction is open across a Web API call. A short transaction claims a batch of due rows
 * by leasing them to this instance ({@code lease_owner}, {@code lease_until}); a pool of senders
 * calls Slack; a later short transaction records many outcomes at once, each only while its lease
 * is still this instance's. A recipient's first pending row is the only one of theirs that can be
 * claimed, and a leased row still holds its recipient back, so order per recipient holds across
 * instances. A crashed instance's leases run out ({@link DispatcherSettings#rowLease}) and another
 * instance claims the rows again; a message the crashed instance had already sent is then sent a
 * second time. That double, like a database failure after Slack accepted a message, cannot be
 * avoided: Slack offers no way to make a post idempotent.
 *
 * <p>Each workspace is paced by one instance at a time: an instance holds a short lease on its
 * share of the workspaces with messages due ({@code dispatch_workspaces}) and claims only theirs,
 * within per-workspace and per-channel token buckets under Slack's limits ({@link Pacing}).
 *
 * <p>When Slack refuses a message's blocks or length ({@code invalid_blocks}, {@code msg_too_long})
 * its words are sent once as plain text instead (see {@link PlainFallback}). A message carrying a
 * {@link Confirmation} has its owner told what became of it in the same transaction that records
 * it SENT or FAILED.
 *
 * <pre>{@code
 * var dispatcher = new Dispatcher(jdbi, workspaces, clock, DispatcherSettings.DEFAULT);
 * dispatcher.start();   // sends until
 * dispatcher.close();   // sends in flight finish and are recorded; claims not yet sent go back
 * }</pre>
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    // How long the sends in flight may take to finish on close: the Slack client's own timeouts.
    private static final long STOP_WAIT_SECONDS = 30;

    // Outcomes that come back close together are recorded in one transaction.
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final DispatcherSettings settings;
    private final Claims claims;
    private final Recorder recorder;
    private final Sender sender;
    private final ThreadPoolExecutor senders;
    private final LinkedBlockingQueue<Attempt> finished = new LinkedBlockingQueue<>();
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
    private final AtomicInteger quietRequests = new AtomicInteger();
    private final Object idleness = new Object();
    private final Tallies tallies = new Tallies();
    private final DatabaseOutage outage;
    private volatile boolean stopping;
    private volatile boolean idle;
    private Thread loop;

    public Dispatcher(Jdbi jdbi, Workspaces workspaces, Clock clock) {
        this(jdbi, workspaces, clock, DispatcherSettings.DEFAULT);
    }

    /** A dispatcher whose delivery lag is measured nowhere (tests, benchmarks). */
    public Dispatcher(Jdbi jdbi, Workspaces workspaces, Clock clock, DispatcherSettings settings) {
        this(jdbi, workspaces, clock, settings, new CompositeMeterRegistry());
    }

    /** The lag from due to sent of each message recorded sent is measured on {@code meters}. */
    public Dispatcher(
            Jdbi jdbi, Workspaces workspaces, Clock clock, DispatcherSettings settings, MeterRegistry meters) {
        this(jdbi, workspaces, clock, clock, settings, meters, new DatabaseOutage());
    }

    /**
     * {@code clock} says what is due; {@code leases} times how long a claim is this instance's. The
     * service passes the system clock for leases whatever its own clock, so that a clock moved ahead
     * never ends the lease of a message still on its way. The database found away (or back) is
     * reported to {@code outage}, not logged on each try.
     */
    public Dispatcher(
            Jdbi jdbi,
            Workspaces workspaces,
            Clock clock,
            Clock leases,
            DispatcherSettings settings,
            MeterRegistry meters,
            DatabaseOutage outage) {
        this.settings = settings;
        this.outage = outage;
        var owner = "dispatcher-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        var pacing = new Pacing(settings, System::nanoTime);
        this.claims = new Claims(jdbi, clock, leases, settings, pacing, owner);
        this.recorder = new Recorder(jdbi, clock, RetryPolicy.DEFAULT, owner, meters);
        this.sender = new Sender(new SlackCall(workspaces), pacing, clock, () -> stopping);
        this.senders = new ThreadPoolExecutor(
                settings.senders(),
                settings.senders(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new SenderThreads(owner));
        // A dispatcher used only for one-off runs (tests, subcommands) leaves no threads behind.
        senders.allowCoreThreadTimeOut(true);
    }

    /** Starts this instance's dispatching loop: it runs until {@link #close}. */
    public synchronized void start() {
        if (loop != null) {
            throw new IllegalStateException("The dispatcher is already running");
        }
        loop = new Thread(this::run, "outbox-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Sends what is due now, all at once as far as pacing allows, and returns how many messages
     * Slack accepted; a recipient's next message goes in the same run once the one before it is
     * recorded. For tests and one-off runs, not beside {@link #start}.
     */
    public int dispatchOnce() {
        synchronized (this) {
            if (loop != null) {
                throw new IllegalStateException("The dispatcher is running on its own");
            }
        }
        var tally = Recorder.Tally.NONE;
        try {
            while (true) {
                var claimed = claims.claim(claims.holdWorkspaces(), settings.senders(), Set.of());
                if (claimed.isEmpty()) {
                    break;
                }
                var sending = new ArrayList<Future<Attempt>>();
                claimed.forEach(row -> sending.add(senders.submit(() -> sender.attempt(row))));
                var attempts = new ArrayList<Attempt>();
                for (var attempt : sending) {
                    attempts.add(outcome(attempt));
                }
                for (int from = 0; from < attempts.size(); from += settings.recordBatch()) {
                    tally = tally.plus(recorder.record(
                            attempts.subList(from, Math.min(attempts.size(), from + settings.recordBatch()))));
                }
            }
        } finally {
            claims.releaseWorkspaces();
        }
        if (tally.sent() > 0 || tally.failed() > 0) {
            log.info("Outbox: sent {}, failed {}, {} to retry", tally.sent(), tally.failed(), tally.retrying());
        }
        return tally.sent();
    }

    /**
     * Holds off new claims until the returned {@link Quiet} is closed, once every send in flight has
     * been recorded: while it is open, nothing this dispatcher sends reaches Slack.
     */
    public Quiet quiesce() {
        quietRequests.incrementAndGet();
        synchronized (idleness) {
            idle = false;
            while (loopRunning() && !idle) {
                try {
                    idleness.wait(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return quietRequests::decrementAndGet;
    }

    /** Dispatching held off; closing it lets the dispatcher claim again. */
    public interface Quiet extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Stops: no new claims; sends in flight finish and are recorded; claimed messages not yet sent
     * go back at once for any instance to take; this instance lets go of its workspaces.
     */
    @Override
    public void close() {
        stopping = true;
        Thread running;
        synchronized (this) {
            running = loop;
        }
        if (running != null) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS) * 2);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        senders.shutdownNow();
    }

    private boolean loopRunning() {
        synchronized (this) {
            return loop != null && loop.isAlive();
        }
    }

    private void run() {
        var unrecorded = new ArrayList<Attempt>();
        List<String> held = List.of();
        long heldAt = System.nanoTime() - settings.pollInterval().toNanos();
        while (!stopping) {
            try {
                gather(unrecorded);
                record(unrecorded);
                if (quietRequests.get() > 0) {
                    if (inHand.isEmpty()) {
                        synchronized (idleness) {
                            idle = true;
                            idleness.notifyAll();
                        }
                    }
                    continue;
                }
                if (System.nanoTime() - heldAt >= settings.pollInterval().toNanos()) {
                    held = claims.holdWorkspaces();
                    heldAt = System.nanoTime();
                    // Holding workspaces always asks the database: it answered.
                    outage.answered();
                }
                // Twice the senders: a sender finishing finds its next message already claimed.
                var room = 2 * settings.senders() - inHand.size();
                if (room > 0) {
                    for (var row : claims.claim(held, room, inHand)) {
                        inHand.add(row.id());
                        senders.execute(() -> finished.add(attemptSafely(row)));
                    }
                }
            } catch (RuntimeException failure) {
                trouble(failure);
                pause();
            }
        }
        finish(unrecorded);
    }

    /** Waits for outcomes (at most the poll interval), then gathers those that follow closely. */
    private void gather(List<Attempt> into) {
        try {
            var first = finished.poll(settings.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
            if (first == null) {
                return;
            }
            into.add(first);
            var until = System.nanoTime() + GATHER_NANOS;
            while (into.size() < settings.recordBatch() && inHand.size() > into.size()) {
                var next = finished.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                into.add(next);
            }
            finished.drainTo(into, Math.max(0, settings.recordBatch() - into.size()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Records what came back; kept to try again if the database fails, still counted as in hand. */
    private void record(List<Attempt> unrecorded) {
        while (!unrecorded.isEmpty()) {
            var batch = new ArrayList<>(unrecorded.subList(0, Math.min(unrecorded.size(), settings.recordBatch())));
            tallies.add(recorder.record(batch));
            batch.forEach(attempt -> inHand.remove(attempt.claimed().id()));
            unrecorded.subList(0, batch.size()).clear();
        }
    }

    private Attempt attemptSafely(OutboxStore.Claimed row) {
        try (var context =
                LogContext.about(row.message().teamId(), row.message().commitmentId())) {
            try {
                return sender.attempt(row);
            } catch (RuntimeException surprise) {
                log.error(
                        "Sending outbox message {} failed unexpectedly",
                        row.message().dedupeKey(),
                        surprise);
                return new Attempt.Made(
                        row,
                        row.message(),
                        new Delivery.RetryLater("unexpected: " + surprise, Optional.empty()),
                        false);
            }
        }
    }

    private void finish(List<Attempt> unrecorded) {
        senders.shutdown();
        try {
            senders.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        finished.drainTo(unrecorded);
        try {
            record(unrecorded);
            claims.leave();
        } catch (RuntimeException failure) {
            // The leases run out instead: another instance, or this one started again, takes the rows then.
            if (DatabaseTrouble.in(failure).isPresent() && unrecorded.isEmpty()) {
                log.warn("Outbox: stopping with the database away; the messages claimed and not sent are taken"
                        + " again once their leases run out");
            } else if (DatabaseTrouble.in(failure).isPresent()) {
                log.warn(
                        "Outbox: stopping with the database away, {} message(s) Slack took could not be recorded"
                                + " as sent; they are sent again once their leases run out",
                        unrecorded.size());
            } else {
                log.error("Outbox: {} outcome(s) could not be recorded on stopping", unrecorded.size(), failure);
            }
        }
        tallies.flush();
        synchronized (idleness) {
            idleness.notifyAll();
        }
    }

    private void trouble(RuntimeException failure) {
        // The database away is one line for the whole outage, however often the loop finds it so.
        if (!outage.failed(failure)) {
            log.error("Outbox: dispatching failed; trying again", failure);
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static Attempt outcome(Future<Attempt> attempt) {
        try {
            return attempt.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending", interrupted);
        } catch (ExecutionException surprise) {
            throw new IllegalStateException("A send failed unexpectedly", surprise.getCause());
        }
    }
}
