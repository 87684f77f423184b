package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import dev.followthrough.deadline.WorkingHours;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.ChannelThread;
import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The due sweep: claims the commitments whose next check has come, does what their plan says
 * (a nudge, a missed check, a firm-up prompt), and sets when to look next, one transaction per
 * batch. Messages go into the outbox in the same transaction, so a crash sends nothing twice and
 * loses nothing. Several instances sweep side by side without handling a row twice.
 */
final class DueSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(DueSweep.class);

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final Outbox outbox;
    private final ChannelThread channelPosts;
    private final UserProfiles profiles;
    private final Clock clock;
    private final int batchSize;
    private final Folds folds;
    private final EscalationStates escalationStates;

    DueSweep(
            Jdbi jdbi,
            Ledger ledger,
            Outbox outbox,
            ChannelThread channelPosts,
            Escalations escalations,
            UserProfiles profiles,
            Clock clock,
            int batchSize) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.outbox = outbox;
        this.channelPosts = channelPosts;
        this.escalationStates = new EscalationStates(escalations);
        this.profiles = profiles;
        this.clock = clock;
        this.batchSize = batchSize;
        this.folds = new Folds(outbox);
    }

    /** Sweeps until nothing due is left; returns how many checks it handled. */
    @Override
    public void run() {
        sweep();
    }

    int sweep() {
        var handled = 0;
        int batch;
        do {
            batch = sweepBatch();
            handled += batch;
        } while (batch == batchSize);
        if (handled > 0) {
            log.debug("Due sweep handled {} check(s)", handled);
        }
        return handled;
    }

    private int sweepBatch() {
        return jdbi.inTransaction(handle -> {
            var now = clock.instant();
            var due = ledger.claimDue(handle, now, batchSize);
            var owners = owners(due);
            var escalating = escalationStates.of(handle, due, owners);
            // One batch of messages and one of updates per transaction: a burst is mostly round trips.
            var batch = new Batch(new ArrayList<>(), new ArrayList<>());
            for (var commitment : due) {
                var owner = Optional.ofNullable(owners.get(commitment.teamId() + ":" + commitment.ownerId()));
                try (var context = LogContext.commitment(commitment.teamId(), commitment.id())) {
                    check(handle, commitment, owner, Optional.ofNullable(escalating.get(commitment.id())), now, batch);
                }
            }
            var outgoing = Folding.fold(batch.reminders());
            outbox.enqueueAll(
                    handle, outgoing.stream().map(Folding.Outgoing::message).toList());
            folds.recordAll(
                    handle,
                    outgoing.stream()
                            .filter(Folding.Folded.class::isInstance)
                            .map(Folding.Folded.class::cast)
                            .toList(),
                    now);
            ledger.checkedAll(handle, batch.checks());
            return due.size();
        });
    }

    private Map<String, UserProfile> owners(List<Commitment> commitments) {
        var byTeam = commitments.stream()
                .collect(Collectors.groupingBy(
                        Commitment::teamId, Collectors.mapping(Commitment::ownerId, Collectors.toSet())));
        return byTeam.entrySet().stream()
                .flatMap(team -> profiles.cached(team.getKey(), team.getValue()).values().stream())
                .collect(Collectors.toMap(profile -> profile.teamId() + ":" + profile.userId(), profile -> profile));
    }

    /**
     * What a batch of checks sends and writes, flushed together before the transaction commits. The
     * owner's reminders of one minute in it fold into one message (see {@link Folding}); a burst
     * larger than a batch may split one person's minute across two batches, and so two messages.
     */
    private record Batch(List<Reminder> reminders, List<Ledger.Checked> checks) {}

    private void check(
            Handle handle,
            Commitment commitment,
            Optional<UserProfile> owner,
            Optional<Plan.Escalating> escalating,
            Instant now,
            Batch batch) {
        var plan = new Plan(
                        owner.map(UserProfile::nudgeLeadTimes).orElse(UserProfile.DEFAULT_LEAD_TIMES),
                        owner.map(UserProfile::workingHours).orElse(WorkingHours.DEFAULT))
                .escalating(escalating);
        var locale = owner.map(UserProfile::locale).orElse(Locale.US);
        var tomorrowMorning = owner.map(profile -> profile.morningAfter(now, 1))
                .orElseGet(() -> WorkingHours.DEFAULT.morningOf(
                        now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1), ZoneOffset.UTC));
        var check = plan.due(commitment, now);
        var after = check.map(due -> act(handle, commitment, due, plan, locale, tomorrowMorning, now, batch))
                .orElse(commitment);
        // The missed check tells the owner when it will be raised; the escalation raises it.
        var escalatingAfter = check.map(Plan.Check::kind)
                .map(kind -> switch (kind) {
                    case MISSED -> escalating.map(escalation -> escalation.told(now));
                    case ESCALATE -> escalating.map(Plan.Escalating::raisedNow);
                    default -> escalating;
                })
                .orElse(escalating);
        batch.checks()
                .add(new Ledger.Checked(after, plan.escalating(escalatingAfter).next(after, now)));
    }

    /** Does what the check calls for and returns the commitment as it now stands. */
    private Commitment act(
            Handle handle,
            Commitment commitment,
            Plan.Check check,
            Plan plan,
            Locale locale,
            Instant tomorrowMorning,
            Instant now,
            Batch batch) {
        var key = commitment.id() + ":v" + commitment.deadlineVersion() + ":"
                + check.at().getEpochSecond();
        switch (check.kind()) {
            case NUDGE -> {
                var fromSnooze = commitment
                        .reminders()
                        .snoozedUntil()
                        .filter(check.at()::equals)
                        .isPresent();
                if (!fromSnooze && plan.tooSoonAfterLastNudge(commitment, now)) {
                    // A nudge within the hour of the last one would be nagging: count it as given.
                    return commitment.with(commitment.reminders().handledThrough(now), now);
                }
                send(
                        batch,
                        commitment,
                        check,
                        "nudge:" + key,
                        ReminderMessages.nudge(commitment, now, tomorrowMorning, locale),
                        now);
                return commitment.with(commitment.reminders().nudged(now), now);
            }
            case FOLLOW_UP -> {
                send(
                        batch,
                        commitment,
                        check,
                        "follow-up:" + key,
                        ReminderMessages.followUpDue(commitment, now, tomorrowMorning, locale),
                        now);
                return commitment.with(commitment.reminders().followUpAt(Optional.empty()), now);
            }
            case DUE -> {
                channelPosts.due(handle, commitment);
                return commitment.with(commitment.reminders().handledThrough(now), now);
            }
            case FIRM_UP -> {
                send(batch, commitment, check, "firm-up:" + key, ReminderMessages.firmUp(commitment), now);
                return commitment.with(commitment.reminders().firmUpPrompted(now), now);
            }
            case MISSED, SLIPPED -> {
                var transition = Transitions.markMissed(commitment, now);
                if (!(transition instanceof Transition.Changed changed)) {
                    return commitment;
                }
                var message = check.kind() == Plan.Kind.MISSED
                        ? ReminderMessages.missed(
                                commitment, locale, escalationStates.ownerTold(handle, changed.commitment(), plan, now))
                        : TheirsMessages.slipped(commitment, locale);
                send(batch, commitment, check, check.kind().name().toLowerCase(Locale.ROOT) + ":" + key, message, now);
                channelPosts.missed(handle, commitment);
                return ledger.recordEvent(handle, changed);
            }
            case ESCALATE -> {
                return escalate(handle, commitment, check, plan, locale, now, batch);
            }
        }
        throw new IllegalStateException("unknown check " + check.kind());
    }

    /** Raised once per deadline version: recorded as an event, posted or sent, and the owner hears it. */
    private Commitment escalate(
            Handle handle,
            Commitment commitment,
            Plan.Check check,
            Plan plan,
            Locale locale,
            Instant now,
            Batch batch) {
        var escalating = plan.escalating().orElseThrow();
        var transition = Transitions.escalate(commitment, now);
        if (!(transition instanceof Transition.Changed changed)) {
            return commitment;
        }
        if (!escalationStates.raise(handle, commitment, escalating, now)) {
            return commitment;
        }
        send(
                batch,
                commitment,
                check,
                "escalated-owner:" + commitment.id() + ":v" + commitment.deadlineVersion(),
                ReminderMessages.raised(commitment, escalating.rule(), locale),
                now);
        return ledger.recordEvent(handle, changed);
    }

    private static void send(
            Batch batch,
            Commitment commitment,
            Plan.Check check,
            String key,
            ReminderMessages.Message message,
            Instant now) {
        log.debug("Reminder queued: {}", key);
        batch.reminders()
                .add(new Reminder(
                        commitment,
                        check.kind(),
                        key,
                        message,
                        FoldMessage.label(check.kind(), commitment, now),
                        check.at()));
    }
}
