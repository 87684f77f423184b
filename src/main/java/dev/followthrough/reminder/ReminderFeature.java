package dev.followthrough.reminder;

import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The enforcement loop: the due sweep that nudges owners before their deadlines, tells them when
 * one slipped and asks them to firm up soft promises, and the buttons and forms to act on those
 * messages (deliver, follow up, renegotiate, snooze, cancel).
 */
public final class ReminderFeature {

    /** How often the due sweep looks for checks that have come due. */
    static final int SWEEP_SECONDS = 2;

    static final int BATCH_SIZE = 500;

    private ReminderFeature() {}

    public static void register(
            SlackPlatform slack,
            Scheduler scheduler,
            Jdbi jdbi,
            Ledger ledger,
            Outbox outbox,
            UserProfiles profiles,
            Clock clock) {
        var sweep = new DueSweep(jdbi, ledger, outbox, profiles, clock, BATCH_SIZE);
        scheduler.schedule(new Scheduler.RecurringJob("due-sweep", SWEEP_SECONDS, sweep));
    }

    /** A sweep for tools that run it outside the scheduler (the benchmark). */
    public static Runnable sweep(Jdbi jdbi, Ledger ledger, Outbox outbox, UserProfiles profiles, Clock clock) {
        return new DueSweep(jdbi, ledger, outbox, profiles, clock, BATCH_SIZE);
    }
}
