package dev.followthrough.platform.outbox;

import dev.followthrough.platform.workspace.ForgetsATeam;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where features put the Slack messages they send on their own (nudges, missed-deadline prompts,
 * digests): enqueued in the same transaction as the state change they announce, sent by the {@link
 * Dispatcher} exactly once per dedupe key, in order per recipient, surviving Slack's outages and
 * rate limits.
 *
 * <pre>{@code
 * jdbi.useTransaction(handle -> {
 *     commitments.markNudged(handle, commitment, leadMinutes);
 *     outbox.enqueue(handle, OutboxMessage.post(teamId, "nudge:42:v1:1440", ownerId, text, blocks,
 *             Optional.empty(), Optional.of(42L)));
 * });
 * }</pre>
 */
public final class Outbox {

    /**
     * Whether a workspace can be sent to, asked inside the enqueuing transaction: one uninstalled,
     * or whose token Slack refused, gets no new messages (a sweep may still come upon its
     * commitments until its data goes).
     */
    @FunctionalInterface
    public interface Sendable {
        boolean canBeSentTo(Handle handle, String teamId);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Sendable sendable;

    /** An outbox for which every workspace can be sent to. */
    public Outbox(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, (handle, teamId) -> true);
    }

    public Outbox(Jdbi jdbi, Clock clock, Sendable sendable) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sendable = sendable;
    }

    /**
     * Adds {@code message} inside the caller's transaction, due at once. False when its team already
     * has a message with that dedupe key (whatever became of it): the event was announced before;
     * false too when its workspace can no longer be sent to.
     */
    public boolean enqueue(Handle handle, OutboxMessage message) {
        if (!sendable.canBeSentTo(handle, message.teamId())) {
            return false;
        }
        return store(handle).insert(message, clock.instant());
    }

    /**
     * Adds many messages in one batch inside the caller's transaction, in list order (so in order per
     * recipient); keys already present are skipped, as with {@link #enqueue}, and so are the
     * messages of workspaces that can no longer be sent to.
     */
    public void enqueueAll(Handle handle, List<OutboxMessage> messages) {
        var teams = new HashMap<String, Boolean>();
        var sendableMessages = messages.stream()
                .filter(message ->
                        teams.computeIfAbsent(message.teamId(), teamId -> sendable.canBeSentTo(handle, teamId)))
                .toList();
        store(handle).insertAll(sendableMessages, clock.instant());
    }

    /**
     * Whether {@link #enqueue} would take a message with this key now: none was enqueued before
     * (whatever became of it), and its workspace can be sent to. A sweep asks before it composes
     * something costly that would only be refused.
     */
    public boolean wouldEnqueue(Handle handle, String teamId, String dedupeKey) {
        return sendable.canBeSentTo(handle, teamId) && !store(handle).has(teamId, dedupeKey);
    }

    /** The channel and ts Slack gave the message with this key, once it has been sent. */
    public Optional<SentMessage> sent(String teamId, String dedupeKey) {
        return jdbi.withExtension(OutboxStore.class, store -> store.sent(teamId, dedupeKey));
    }

    /**
     * The first top-level message sent to {@code recipient} about a commitment: the thread later
     * messages about it reply in.
     */
    public Optional<SentMessage> firstPost(Handle handle, String teamId, long commitmentId, String recipient) {
        return store(handle).firstPost(teamId, commitmentId, recipient);
    }

    /** Whether Slack refused a message to {@code recipient} for good with one of {@code errors}. */
    public boolean refused(Handle handle, String teamId, String recipient, Set<String> errors) {
        return store(handle).refused(teamId, recipient, errors);
    }

    /**
     * Cancels, inside the caller's transaction, every message still waiting for {@code teamId}: its
     * workspace is gone (uninstalled, tokens revoked or refused), so they would never be accepted. A message
     * already on its way may still arrive; it is then not recorded as sent. Returns how many.
     */
    public int cancelPending(Handle handle, String teamId, String reason) {
        return store(handle).cancelPending(teamId, reason);
    }

    /** How many messages are PENDING, SENT, FAILED and CANCELLED (every status, zero included). */
    public Map<String, Long> countsByStatus() {
        return jdbi.withExtension(OutboxStore.class, OutboxStore::countsByStatus);
    }

    /** When the oldest message still waiting to be sent was queued (it was due from then on). */
    public Optional<Instant> oldestPendingSince() {
        return jdbi.withExtension(OutboxStore.class, OutboxStore::oldestPendingSince);
    }

    private static OutboxStore store(Handle handle) {
        return handle.attach(OutboxStore.class);
    }

    /** Forgets a workspace's messages, sent or not. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, OutboxStore.class, Set.of("outbox"), OutboxStore::forgetSome);
    }

    /** Forgets which dispatcher paced a workspace: only a lease that ran out can be left. */
    public static ForgetsATeam forgettingPacing(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi,
                DispatchStore.class,
                Set.of("dispatch_workspaces"),
                (store, teamId, batchSize) -> store.forget(teamId));
    }
}
