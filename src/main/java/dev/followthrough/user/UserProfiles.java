package dev.followthrough.user;

import com.slack.api.methods.SlackApiException;
import dev.followthrough.deadline.WorkingHours;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.slack.Workspaces;
import dev.followthrough.platform.workspace.ForgetsATeam;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' zones and locales (and names, for {@link DisplayNames}), from Slack's {@code users.info}, cached in the database and refreshed
 * once a day so a user who moves (or travels) is read in their new zone. A refresh never holds up
 * an answer to Slack: it happens after, in the background.
 */
public final class UserProfiles {

    private static final Logger log = LoggerFactory.getLogger(UserProfiles.class);
    private static final Duration FRESH_FOR = Duration.ofDays(1);

    /** How long a request waits for Slack to describe a user it has never seen: well inside 3 s. */
    public static final Duration FIRST_LOOKUP_WAIT = Duration.ofMillis(1500);

    /** Users known to be in the database: the check before a request's claim needs no round trip for them. */
    private static final int SEEN_AT_MOST = 100_000;

    private final Jdbi jdbi;
    private final Workspaces slack;
    private final Clock clock;
    private final ConcurrentMap<String, Lookup> inFlight = new ConcurrentHashMap<>();
    /** Slack's answers that are given out already but not saved yet: a request need not wait for the save. */
    private final ConcurrentMap<String, UserProfile> answeredNotSaved = new ConcurrentHashMap<>();

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    // Many users never seen before can arrive at once (a workspace's first morning): each asks Slack
    // in parallel, and only the two savers need a database connection.
    private final ExecutorService asking = boundedPool("profile-lookups", 32);
    private final ExecutorService saving = boundedPool("profile-saves", 2);

    public UserProfiles(Jdbi jdbi, Workspaces slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    /** One look-up of a user from Slack; no caller waits for it past {@code waitUntilNanos}. */
    private record Lookup(CompletableFuture<Optional<UserProfile>> answer, long waitUntilNanos) {}

    /**
     * Before a request's transaction opens (and takes a database connection): a user never seen
     * is asked of Slack here, waiting up to {@link #FIRST_LOOKUP_WAIT} with no connection held, so
     * that {@link #lookup} inside the transaction finds the answer in memory and never waits.
     */
    public void beforeRequest(String teamId, String userId) {
        var key = key(teamId, userId);
        if (seen.contains(key) || answeredNotSaved.containsKey(key)) {
            return;
        }
        var pending = inFlight.get(key);
        if (pending == null) {
            if (jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId))
                    .isPresent()) {
                markSeen(key);
                return;
            }
            pending = fetchInBackground(teamId, userId);
        }
        waitFor(pending, userId);
    }

    /**
     * The user's profile, without keeping a request waiting on Slack: the cached one (a stale one is
     * refreshed from Slack in the background, for next time); for a user never seen, Slack's answer
     * if it comes within {@link #FIRST_LOOKUP_WAIT} of Slack being first asked (by {@link
     * #beforeRequest} on a request path, so a request in its transaction never waits). Empty when
     * Slack can't say in time; the look-up goes on and {@link #whenLookedUp} tells when it ends.
     */
    public Optional<UserProfile> lookup(String teamId, String userId) {
        var key = key(teamId, userId);
        var justAnswered = answeredNotSaved.get(key);
        if (justAnswered != null) {
            return Optional.of(justAnswered);
        }
        var cached = jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
        if (cached.isPresent()) {
            markSeen(key);
            if (!cached.get().fetchedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
                fetchInBackground(teamId, userId);
            }
            return cached;
        }
        return waitFor(fetchInBackground(teamId, userId), userId);
    }

    private Optional<UserProfile> waitFor(Lookup lookup, String userId) {
        var left = lookup.waitUntilNanos() - System.nanoTime();
        try {
            if (left <= 0) {
                return lookup.answer().getNow(Optional.empty());
            }
            return lookup.answer().get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException slowSlack) {
            log.info(
                    "users.info for {} is taking longer than {} ms; answering without it",
                    userId,
                    FIRST_LOOKUP_WAIT.toMillis());
            return Optional.empty();
        } catch (ExecutionException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    /** True while Slack is still being asked about a user that {@link #lookup} could not wait for. */
    public boolean isLookingUp(String teamId, String userId) {
        var pending = inFlight.get(key(teamId, userId));
        return pending != null && !pending.answer().isDone();
    }

    /** The look-up of a user that {@link #lookup} could not wait for, or the cached profile. */
    public CompletableFuture<Optional<UserProfile>> whenLookedUp(String teamId, String userId) {
        var pending = inFlight.get(key(teamId, userId));
        if (pending != null) {
            return pending.answer();
        }
        return CompletableFuture.completedFuture(lookupCached(teamId, userId));
    }

    private Optional<UserProfile> lookupCached(String teamId, String userId) {
        var justAnswered = answeredNotSaved.get(key(teamId, userId));
        if (justAnswered != null) {
            return Optional.of(justAnswered);
        }
        return jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
    }

    private Lookup fetchInBackground(String teamId, String userId) {
        return inFlight.computeIfAbsent(key(teamId, userId), key -> {
            var lookup = new Lookup(new CompletableFuture<>(), System.nanoTime() + FIRST_LOOKUP_WAIT.toNanos());
            asking.execute(LogContext.carried(() -> ask(teamId, userId, key, lookup)));
            return lookup;
        });
    }

    /** Slack's answer goes to whoever waits at once; it is saved apart, and forgotten once saved. */
    private void ask(String teamId, String userId, String key, Lookup lookup) {
        try {
            var fromSlack = fetch(teamId, userId);
            if (fromSlack.isEmpty()) {
                inFlight.remove(key, lookup);
                lookup.answer().complete(jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId)));
                return;
            }
            var answered = lookupCached(teamId, userId)
                    .map(known -> new UserProfile(
                            teamId,
                            userId,
                            fromSlack.get().zone(),
                            fromSlack.get().locale(),
                            known.workingHours(),
                            known.nudgeLeadTimes(),
                            clock.instant()))
                    .orElseGet(() -> new UserProfile(
                            teamId,
                            userId,
                            fromSlack.get().zone(),
                            fromSlack.get().locale(),
                            WorkingHours.DEFAULT,
                            UserProfile.DEFAULT_LEAD_TIMES,
                            clock.instant()));
            answeredNotSaved.put(key, answered);
            lookup.answer().complete(Optional.of(answered));
            saving.execute(LogContext.carried(() -> {
                try {
                    save(teamId, userId, fromSlack.get());
                    markSeen(key);
                } catch (RuntimeException failed) {
                    log.warn("Could not save {}'s profile: {}", userId, failed.toString());
                } finally {
                    answeredNotSaved.remove(key, answered);
                    inFlight.remove(key, lookup);
                }
            }));
        } catch (RuntimeException surprise) {
            inFlight.remove(key, lookup);
            lookup.answer().completeExceptionally(surprise);
        }
    }

    private void save(String teamId, String userId, SlackProfile fromSlack) {
        jdbi.useExtension(
                UserStore.class,
                store -> store.saveFromSlack(
                        teamId,
                        userId,
                        fromSlack.zone().getId(),
                        fromSlack.locale().toLanguageTag(),
                        clock.instant()));
        // The same answer names the user: kept for plain text, so DisplayNames need not ask again.
        fromSlack
                .name()
                .ifPresent(name ->
                        jdbi.useExtension(NameStore.class, store -> store.save(teamId, userId, name, clock.instant())));
    }

    private void markSeen(String key) {
        // A hint, not the truth: forgetting it costs one read before a request, so it never grows past a bound.
        if (seen.size() >= SEEN_AT_MOST) {
            seen.clear();
        }
        seen.add(key);
    }

    private static ExecutorService boundedPool(String name, int threads) {
        var pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    var thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static String key(String teamId, String userId) {
        return teamId + "/" + userId;
    }

    /** The cached profiles of several users of one team, without asking Slack: for jobs. */
    public Map<String, UserProfile> cached(String teamId, Collection<String> userIds) {
        var profiles =
                jdbi.withExtension(UserStore.class, store -> store.findAll(teamId, userIds.toArray(String[]::new)));
        var byUser = new HashMap<String, UserProfile>();
        profiles.forEach(profile -> byUser.put(profile.userId(), profile));
        return byUser;
    }

    private record SlackProfile(ZoneId zone, Locale locale, Optional<String> name) {}

    private Optional<SlackProfile> fetch(String teamId, String userId) {
        try {
            var response = slack.methods(teamId)
                    .usersInfo(request -> request.user(userId).includeLocale(true));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info for {} answered {}", userId, response.getError());
                return Optional.empty();
            }
            var user = response.getUser();
            var zone = user.getTz() == null ? ZoneId.of("UTC") : ZoneId.of(user.getTz());
            var locale = user.getLocale() == null ? Locale.US : Locale.forLanguageTag(user.getLocale());
            return Optional.of(new SlackProfile(zone, locale, SlackUserName.of(user)));
        } catch (IOException | SlackApiException | DateTimeException unreachable) {
            log.warn("Could not read {}'s profile from Slack: {}", userId, unreachable.toString());
            return Optional.empty();
        }
    }

    /** Forgets a workspace's users and their settings. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, UserStore.class, Set.of("users"), UserStore::forgetSome);
    }
}
