package dev.followthrough.user;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
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
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' zones and locales, from Slack's {@code users.info}, cached in the database and refreshed
 * once a day so a user who moves (or travels) is read in their new zone.
 */
public final class UserProfiles {

    private static final Logger log = LoggerFactory.getLogger(UserProfiles.class);
    private static final Duration FRESH_FOR = Duration.ofDays(1);

    private final Jdbi jdbi;
    private final MethodsClient slack;
    private final Clock clock;

    public UserProfiles(Jdbi jdbi, MethodsClient slack, Clock clock) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.clock = clock;
    }

    /**
     * The user's profile: the cached one while fresh, else Slack's. When Slack can't be reached, a
     * stale cached profile is better than none; empty only when there is neither.
     */
    public Optional<UserProfile> lookup(String teamId, String userId) {
        var cached = jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
        var now = clock.instant();
        if (cached.isPresent() && cached.get().fetchedAt().plus(FRESH_FOR).isAfter(now)) {
            return cached;
        }
        var fromSlack = fetch(userId);
        if (fromSlack.isEmpty()) {
            return cached;
        }
        jdbi.useExtension(
                UserStore.class,
                store -> store.saveFromSlack(
                        teamId,
                        userId,
                        fromSlack.get().zone().getId(),
                        fromSlack.get().locale().toLanguageTag(),
                        now));
        return jdbi.withExtension(UserStore.class, store -> store.find(teamId, userId));
    }

    /** The cached profiles of several users of one team, without asking Slack: for jobs. */
    public Map<String, UserProfile> cached(String teamId, Collection<String> userIds) {
        var profiles =
                jdbi.withExtension(UserStore.class, store -> store.findAll(teamId, userIds.toArray(String[]::new)));
        var byUser = new HashMap<String, UserProfile>();
        profiles.forEach(profile -> byUser.put(profile.userId(), profile));
        return byUser;
    }

    private record SlackProfile(ZoneId zone, Locale locale) {}

    private Optional<SlackProfile> fetch(String userId) {
        try {
            var response = slack.usersInfo(request -> request.user(userId).includeLocale(true));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info for {} answered {}", userId, response.getError());
                return Optional.empty();
            }
            var user = response.getUser();
            var zone = user.getTz() == null ? ZoneId.of("UTC") : ZoneId.of(user.getTz());
            var locale = user.getLocale() == null ? Locale.US : Locale.forLanguageTag(user.getLocale());
            return Optional.of(new SlackProfile(zone, locale));
        } catch (IOException | SlackApiException | DateTimeException unreachable) {
            log.warn("Could not read {}'s profile from Slack: {}", userId, unreachable.toString());
            return Optional.empty();
        }
    }
}
