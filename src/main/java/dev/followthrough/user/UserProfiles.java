package dev.followthrough.user;

import com.slack.api.methods.SlackApiException;
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
import java.util.concurrent.Executors;
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

    private final Jdbi jdbi;
    private final Workspaces slack;
    private final Clock clock;
    private final ConcurrentMap<String, CompletableFuture<Optional<UserProfile>>> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService lookups = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "profile-lookups");
        thread.setDaemon(true);
        return thread;
    });

    public UserProfiles(Jdbi jdbi, Workspaces slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    /**
     * The user's profile, without keeping a request waiting on Slack: the cached one (a stale one is
     * refreshed from Slack in the background, for next time); for a user never seen, Slack's answer
     * if it comes within {@link #FIRST_LOOKUP_WAIT}. Empty when Slack can't say in time; the look-up
     * goes on and {@link #whenLookedUp} tells when it ends.
     */
    public Optional<UserProfile> lookup(String teamId, String userId) {
        var cached = jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
        if (cached.isPresent()) {
            if (!cached.get().fetchedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
                fetchInBackground(teamId, userId);
            }
            return cached;
        }
        try {
            return fetchInBackground(teamId, userId).get(FIRST_LOOKUP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
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
        return inFlight.containsKey(key(teamId, userId));
    }

    /** The look-up of a user that {@link #lookup} could not wait for, or the cached profile. */
    public CompletableFuture<Optional<UserProfile>> whenLookedUp(String teamId, String userId) {
        var pending = inFlight.get(key(teamId, userId));
        if (pending != null) {
            return pending;
        }
        return CompletableFuture.completedFuture(
                jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId)));
    }

    private CompletableFuture<Optional<UserProfile>> fetchInBackground(String teamId, String userId) {
        return inFlight.computeIfAbsent(key(teamId, userId), key -> {
            var lookup = CompletableFuture.supplyAsync(() -> refresh(teamId, userId), lookups);
            lookup.whenComplete((profile, failure) -> inFlight.remove(key));
            return lookup;
        });
    }

    private Optional<UserProfile> refresh(String teamId, String userId) {
        var fromSlack = fetch(teamId, userId);
        if (fromSlack.isEmpty()) {
            return jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
        }
        jdbi.useExtension(
                UserStore.class,
                store -> store.saveFromSlack(
                        teamId,
                        userId,
                        fromSlack.get().zone().getId(),
                        fromSlack.get().locale().toLanguageTag(),
                        clock.instant()));
        // The same answer names the user: kept for plain text, so DisplayNames need not ask again.
        fromSlack
                .get()
                .name()
                .ifPresent(name ->
                        jdbi.useExtension(NameStore.class, store -> store.save(teamId, userId, name, clock.instant())));
        return jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
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
