package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.user.UserProfile;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The due sweep's part in escalation, in the sweep's transaction: how each promise of a batch
 * stands, the owner told when it will be raised, and the raising, once per deadline version.
 */
final class EscalationStates {

    private final Escalations escalations;

    EscalationStates(Escalations escalations) {
        this.escalations = escalations;
    }

    /**
     * How each of the owners' own promises made in a channel that escalates stands: the channel's
     * rule (its workspace's own, never another's) and what was told for the deadline in force.
     */
    Map<Long, Plan.Escalating> of(Handle handle, List<Commitment> commitments, Map<String, UserProfile> owners) {
        var rules = new HashMap<String, Optional<Escalation>>();
        var escalated = new HashMap<Long, Plan.Escalating>();
        for (var commitment : commitments) {
            if (commitment.direction() != Direction.MINE
                    || commitment.channelId().isEmpty()) {
                continue;
            }
            var teamId = commitment.teamId();
            var channelId = commitment.channelId().get();
            var rule = rules.computeIfAbsent(
                    teamId + ":" + channelId, ignored -> escalations.of(handle, teamId, channelId));
            rule.ifPresent(escalation -> {
                var zone = Optional.ofNullable(owners.get(teamId + ":" + commitment.ownerId()))
                        .map(UserProfile::zone)
                        .orElse(commitment.zone());
                escalated.put(commitment.id(), new Plan.Escalating(escalation, zone, Optional.empty(), false));
            });
        }
        if (escalated.isEmpty()) {
            return escalated;
        }
        var byId = commitments.stream().collect(Collectors.toMap(Commitment::id, commitment -> commitment));
        for (var told : handle.attach(EscalationStore.class).of(List.copyOf(escalated.keySet()))) {
            var commitment = byId.get(told.commitmentId());
            if (commitment.teamId().equals(told.teamId()) && commitment.deadlineVersion() == told.deadlineVersion()) {
                var known = escalated.get(told.commitmentId());
                escalated.put(
                        told.commitmentId(),
                        new Plan.Escalating(
                                known.rule(),
                                known.ownerZone(),
                                Optional.of(told.ownerToldAt()),
                                told.raised().isPresent()));
            }
        }
        return escalated;
    }

    /**
     * When the channel escalates, the owner is told in the missed DM when and where it will be
     * raised, and that is recorded: only a deadline whose owner was told is ever raised.
     */
    Optional<ReminderMessages.Raising> ownerTold(Handle handle, Commitment missed, Plan plan, Instant now) {
        var told = plan.escalating().map(escalating -> escalating.told(now));
        if (told.isEmpty()) {
            return Optional.empty();
        }
        handle.attach(EscalationStore.class)
                .ownerTold(
                        missed.teamId(),
                        missed.id(),
                        missed.deadlineVersion(),
                        told.get().ownerToldAt().orElseThrow());
        return plan.escalating(told)
                .raiseAt(missed)
                .map(at -> new ReminderMessages.Raising(at, told.get().rule()));
    }

    /** Raises it unless it was raised already for this deadline version; true when this raised it. */
    boolean raise(Handle handle, Commitment commitment, Plan.Escalating escalating, Instant now) {
        var first = handle.attach(EscalationStore.class)
                        .raised(commitment.teamId(), commitment.id(), commitment.deadlineVersion(), now)
                == 1;
        if (first) {
            escalations.raise(
                    handle,
                    commitment,
                    escalating.rule(),
                    escalating.ownerToldAt().orElseThrow());
        }
        return first;
    }
}
