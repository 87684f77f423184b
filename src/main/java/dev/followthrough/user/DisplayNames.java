package dev.followthrough.user;

import com.slack.api.methods.SlackApiException;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.slack.Workspaces;
import dev.followthrough.platform.workspace.ForgetsATeam;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People's display names and channels' names, from Slack's {@code users.info} and {@code
 * conversations.info}, cached in the database and refreshed once a day. Nobody waits on Slack for
 * a name: what is cached answers at once (a stale name is refreshed after, for next time), and a
 * name never seen is asked for in the background while the caller says it in other words.
 */
public final class DisplayNames implements KnownNames {

    private static final Logger log = LoggerFactory.getLogger(DisplayNames.class);
    static final Duration FRESH_FOR = Duration.ofDays(1);
    /** Slack couldn't name someone (or was unreachable): not asked again, on every form, before this. */
    static final Duration ASK_AGAIN_AFTER = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Workspaces slack;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, Instant> unanswered = new ConcurrentHashMap<>();
    private final ExecutorService lookups = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "name-lookups");
        thread.setDaemon(true);
        return thread;
    });

    public DisplayNames(Jdbi jdbi, Workspaces slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    @Override
    public Optional<String> of(String teamId, String slackId) {
        var known = find(teamId, slackId);
        if (known.isEmpty() || isStale(known.get())) {
            fetchInBackground(teamId, slackId);
        }
        return known.map(KnownName::name);
    }

    @Override
    public void prefetch(String teamId, Collection<String> slackIds) {
        slackIds.stream()
                .distinct()
                .filter(slackId ->
                        find(teamId, slackId).filter(known -> !isStale(known)).isEmpty())
                .forEach(slackId -> fetchInBackground(teamId, slackId));
    }

    /** A name read from Slack by someone else (the owner's profile look-up): no second call needed. */
    void remember(String teamId, String slackId, String name) {
        if (!name.isBlank()) {
            jdbi.useExtension(NameStore.class, store -> store.save(teamId, slackId, name, clock.instant()));
        }
    }

    private Optional<KnownName> find(String teamId, String slackId) {
        return jdbi.withExtension(NameStore.class, store -> store.find(teamId, slackId));
    }

    private boolean isStale(KnownName known) {
        return !known.fetchedAt().plus(FRESH_FOR).isAfter(clock.instant());
    }

    private void fetchInBackground(String teamId, String slackId) {
        var key = teamId + "/" + slackId;
        var askedLast = unanswered.get(key);
        if (askedLast != null && askedLast.plus(ASK_AGAIN_AFTER).isAfter(clock.instant())) {
            return;
        }
        if (!inFlight.add(key)) {
            return;
        }
        lookups.execute(LogContext.carried(() -> {
            try {
                var name = fetch(teamId, slackId);
                if (name.isPresent()) {
                    unanswered.remove(key);
                    remember(teamId, slackId, name.get());
                } else {
                    unanswered.put(key, clock.instant());
                }
            } catch (RuntimeException surprise) {
                log.warn("Could not keep the name of {}: {}", slackId, surprise.toString());
            } finally {
                inFlight.remove(key);
            }
        }));
    }

    private Optional<String> fetch(String teamId, String slackId) {
        try {
            if (isChannel(slackId)) {
                var response = slack.methods(teamId).conversationsInfo(request -> request.channel(slackId));
                if (!response.isOk() || response.getChannel() == null) {
                    log.info("conversations.info for {} answered {}", slackId, response.getError());
                    return Optional.empty();
                }
                return Optional.ofNullable(response.getChannel().getName());
            }
            var response = slack.methods(teamId).usersInfo(request -> request.user(slackId));
            if (!response.isOk() || response.getUser() == null) {
                log.info("users.info for {} answered {}", slackId, response.getError());
                return Optional.empty();
            }
            return SlackUserName.of(response.getUser());
        } catch (IOException | SlackApiException unreachable) {
            log.info("Could not read the name of {} from Slack: {}", slackId, unreachable.toString());
            return Optional.empty();
        }
    }

    private static boolean isChannel(String slackId) {
        return slackId.startsWith("C") || slackId.startsWith("G");
    }

    /** Forgets the names a workspace's people and channels were shown by. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, NameStore.class, Set.of("display_names"), NameStore::forgetSome);
    }
}
