package dev.followthrough.digest;

import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfiles;
import dev.followthrough.user.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The weekly DM digest and the score card: the digest sweep (a recurring job that sends each user
 * their digest at their own day and local time, once per ISO week), {@code /promise digest} (the
 * digest now) and {@code /promise score}.
 */
public final class DigestFeature {

    /**
     * How often the digest sweep looks for users whose moment came. Cheap when there are none: one
     * indexed query on {@code users.digest_check_at}.
     */
    static final int SWEEP_SECONDS = 5;

    static final int BATCH_SIZE = 500;

    /** {@code /promise digest} (the digest now) and {@code /promise score}. */
    public record Subcommands(Subcommand digest, Subcommand score) {}

    private DigestFeature() {}

    /**
     * Registers the weekly digest sweep unless {@code weeklyDigests} is off; hands back the
     * sub-commands (the on-demand digest works either way).
     */
    public static Subcommands register(
            Scheduler scheduler, Jdbi jdbi, Outbox outbox, UserProfiles profiles, boolean weeklyDigests, Clock clock) {
        var composer = new DigestComposer();
        if (weeklyDigests) {
            var sweep = new DigestSweep(jdbi, composer, outbox, clock, BATCH_SIZE, () -> !scheduler.isStopping());
            scheduler.schedule(new Scheduler.RecurringJob("digest-sweep", SWEEP_SECONDS, sweep));
        }
        return new Subcommands(
                new DigestCommand(jdbi, composer, outbox, profiles, clock), new ScoreCommand(jdbi, profiles, clock));
    }

    /** A digest sweep for tools that run it outside the scheduler. */
    public static Runnable sweep(Jdbi jdbi, Outbox outbox, Clock clock, int batchSize) {
        return new DigestSweep(jdbi, new DigestComposer(), outbox, clock, batchSize, () -> true);
    }

    /**
     * Composes (without sending) the digest of every user, {@code batchSize} users per query, and
     * returns how many were composed: for the benchmark. {@code composed} sees each message's
     * Block Kit JSON, as the outbox would store it.
     */
    public static long composeEveryone(
            Jdbi jdbi,
            Instant now,
            int batchSize,
            BooleanSupplier keepGoing,
            java.util.function.Consumer<String> composed) {
        var composer = new DigestComposer();
        var count = 0L;
        Optional<Recipient.Owner> after = Optional.empty();
        while (keepGoing.getAsBoolean()) {
            var from = after;
            var page = jdbi.withHandle(handle -> {
                var recipients = handle
                        .attach(UserStore.class)
                        .digestRecipientsAfter(
                                from.map(Recipient.Owner::teamId).orElse(""),
                                from.map(Recipient.Owner::userId).orElse(""),
                                batchSize)
                        .stream()
                        .map(Recipient::of)
                        .toList();
                return new Page(
                        recipients.isEmpty()
                                ? Optional.empty()
                                : Optional.of(
                                        recipients.get(recipients.size() - 1).owner()),
                        composer.compose(handle, recipients, now));
            });
            if (page.last().isEmpty()) {
                break;
            }
            page.digests()
                    .forEach(digest -> composed.accept(dev.followthrough.platform.outbox.BlockJson.of(
                            digest.message().blocks())));
            count += page.digests().size();
            after = page.last();
        }
        return count;
    }

    private record Page(Optional<Recipient.Owner> last, java.util.List<DigestComposer.Composed> digests) {}
}
