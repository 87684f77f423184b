package dev.followthrough.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * One dispatcher's claims, each in a short transaction of its own: the workspaces it paces (its
 * share of those with messages due), and leases on the messages it is about to send.
 *
 * <p>Two clocks: {@code clock} says what is due (the product's time); {@code leases} measures how
 * long a claim is held, which is elapsed time between processes. They are the same clock in
 * production; kept apart, a clock moved ahead to make reminders due can't also end the lease of a
 * message on its way, which another instance would then send a second time.
 */
final class Claims {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Clock leases;
    private final DispatcherSettings settings;
    private final Pacing pacing;
    private final String owner;

    Claims(Jdbi jdbi, Clock clock, Clock leases, DispatcherSettings settings, Pacing pacing, String owner) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.leases = leases;
        this.settings = settings;
        this.pacing = pacing;
        this.owner = owner;
    }

    /**
     * Says this dispatcher is alive, keeps (renews) the workspaces it holds that still have messages
     * due, takes free ones up to its share, and lets go of the rest: the workspaces with work are
     * split between the dispatchers alive, and an idle workspace is held by none.
     */
    List<String> holdWorkspaces() {
        var now = clock.instant();
        var leaseNow = leases.instant();
        var until = leaseNow.plus(settings.workspaceLease());
        var dispatch = jdbi.onDemand(DispatchStore.class);
        dispatch.alive(owner, until);
        dispatch.forgetSilent(leaseNow);
        var due = new LinkedHashSet<>(jdbi.onDemand(OutboxStore.class).workspacesWithDueMessages(now));
        var held = dispatch.held(owner, leaseNow);
        var alive = Math.max(1, dispatch.aliveCount(leaseNow));
        var share = (due.size() + alive - 1) / alive;
        var keep = new ArrayList<String>();
        var letGo = new ArrayList<String>();
        for (var teamId : held) {
            (due.contains(teamId) && keep.size() < share ? keep : letGo).add(teamId);
        }
        var free = new ArrayList<>(due);
        free.removeAll(dispatch.heldByAnyone(leaseNow));
        // Dispatchers starting together would otherwise all reach for the same workspaces first.
        Collections.shuffle(free);
        var wanted = new ArrayList<>(keep);
        wanted.addAll(free.subList(0, Math.max(0, Math.min(free.size(), share - keep.size()))));
        if (!letGo.isEmpty()) {
            dispatch.release(letGo.toArray(String[]::new), owner);
        }
        pacing.forgetIdle(now);
        return wanted.isEmpty() ? List.of() : dispatch.take(wanted.toArray(String[]::new), owner, until, leaseNow);
    }

    /**
     * Leases up to {@code room} due messages of {@code teamIds}, each first in line for its recipient
     * and within its workspace's and channel's pace, skipping those still in this dispatcher's hands
     * (sent, not yet recorded). One short transaction: nothing stays locked once it returns.
     */
    List<OutboxStore.Claimed> claim(List<String> teamIds, int room, Set<Long> inHand) {
        var now = clock.instant();
        var leaseNow = leases.instant();
        var teams = new ArrayList<String>();
        var most = new ArrayList<Integer>();
        for (var teamId : teamIds) {
            var paced = Math.min(room, pacing.room(teamId, now));
            if (paced > 0) {
                teams.add(teamId);
                most.add(paced);
            }
        }
        if (teams.isEmpty() || room <= 0) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> {
            var store = handle.attach(OutboxStore.class);
            store.walkInDueOrder();
            var kept = new ArrayList<OutboxStore.Claimed>();
            for (var candidate :
                    store.claimDue(teams.toArray(String[]::new), most.toArray(Integer[]::new), now, leaseNow)) {
                if (kept.size() < room
                        && !inHand.contains(candidate.id())
                        && pacing.tryTake(candidate.message(), now)) {
                    kept.add(candidate);
                }
            }
            if (!kept.isEmpty()) {
                store.lease(
                        kept.stream().mapToLong(OutboxStore.Claimed::id).toArray(),
                        owner,
                        leaseNow.plus(settings.rowLease()));
            }
            return kept;
        });
    }

    /** Lets go of every workspace and says this dispatcher is gone: another takes over at once. */
    void leave() {
        var dispatch = jdbi.onDemand(DispatchStore.class);
        dispatch.releaseAll(owner);
        dispatch.gone(owner);
    }

    /** Lets go of every workspace, staying alive: a one-off run that is over. */
    void releaseWorkspaces() {
        jdbi.onDemand(DispatchStore.class).releaseAll(owner);
    }
}
