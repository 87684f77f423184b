package dev.followthrough.home;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.followthrough.deadline.WorkingHours;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.relationship.Relationships;
import dev.followthrough.score.ScoreCards;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * App Home: published when a user opens it and again shortly after any change to their
 * commitments, with the last view's hash so an older render never overwrites a newer one.
 */
public final class HomeFeature {

    private static final Logger log = LoggerFactory.getLogger(HomeFeature.class);

    /** How often out-of-date Home tabs are published again. */
    static final int REFRESH_SECONDS = 2;

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final UserProfiles profiles;
    private final HomeStore store;
    private final ScoreCards scoreCards;
    private final Section teamSection;
    private final Relationships relationships;
    private final Clock clock;

    private HomeFeature(
            SlackPlatform slack,
            Ledger ledger,
            UserProfiles profiles,
            HomeStore store,
            ScoreCards scoreCards,
            Section teamSection,
            Relationships relationships,
            Clock clock) {
        this.slack = slack;
        this.ledger = ledger;
        this.profiles = profiles;
        this.store = store;
        this.scoreCards = scoreCards;
        this.teamSection = teamSection;
        this.relationships = relationships;
        this.clock = clock;
    }

    /**
     * A section another feature adds below the user's own promises (the Team section), already within
     * its own small share of Home's blocks.
     */
    @FunctionalInterface
    public interface Section {
        List<LayoutBlock> of(String teamId, String userId);
    }

    /** Registers App Home: its tab, its buttons and the job that publishes Homes gone out of date. */
    public static void register(
            SlackPlatform slack,
            Scheduler scheduler,
            Jdbi jdbi,
            Ledger ledger,
            RequestLedger requests,
            UserProfiles profiles,
            ScoreCards scoreCards,
            Section teamSection,
            Relationships relationships,
            Clock clock) {
        var home = new HomeFeature(
                slack, ledger, profiles, jdbi.onDemand(HomeStore.class), scoreCards, teamSection, relationships, clock);
        slack.app().event(AppHomeOpenedEvent.class, (payload, context) -> {
            var event = payload.getEvent();
            var teamId = payload.getTeamId();
            // Slack resends an event it thinks went unanswered: publish once per event_id.
            var firstTime =
                    jdbi.inTransaction(handle -> requests.claim(handle, teamId, "event:" + payload.getEventId(), null));
            if (firstTime && "home".equals(event.getTab())) {
                home.store.opened(teamId, event.getUser());
                slack.afterAck(
                        "publishing App Home for " + event.getUser(), () -> home.publish(teamId, event.getUser()));
            }
            return context.ack();
        });
        slack.app().blockAction(HomeView.MORE, (request, context) -> {
            var payload = request.getPayload();
            var section =
                    HomeSections.Section.valueOf(payload.getActions().get(0).getValue());
            home.store.expand(payload.getTeam().getId(), payload.getUser().getId(), section);
            slack.afterAck(
                    "showing more on App Home",
                    () -> home.publish(
                            payload.getTeam().getId(), payload.getUser().getId()));
            return context.ack();
        });
        scheduler.schedule(new Scheduler.RecurringJob("home-refresh", REFRESH_SECONDS, home::refreshOutOfDate));
    }

    /** Publishes again every Home whose commitments changed since it was last published. */
    void refreshOutOfDate() {
        for (var viewer : store.dirty(50)) {
            try (var context = LogContext.team(viewer.teamId())) {
                publish(viewer.teamId(), viewer.userId());
            }
        }
    }

    private static Instant tomorrowMorning(Optional<UserProfile> profile, Instant now) {
        return profile.map(owner -> owner.morningAfter(now, 1))
                .orElseGet(() -> WorkingHours.DEFAULT.morningOf(
                        now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1), ZoneOffset.UTC));
    }

    void publish(String teamId, String userId) {
        var renderedAt = clock.instant();
        var state = store.state(teamId, userId);
        var profile = profiles.lookup(teamId, userId);
        var zone = profile.map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var locale = profile.map(UserProfile::locale).orElse(Locale.US);
        var open = ledger.openOf(teamId, userId, 500);
        var sections = HomeSections.of(open, renderedAt, zone);
        var expanded = state.map(HomeStore.HomeState::expanded).orElse(java.util.Set.of());
        var view = BlockKitFit.view(HomeView.of(
                scoreCards.of(teamId, userId, zone),
                sections,
                expanded,
                RelationshipsSection.of(relationships.of(teamId, userId), locale),
                renderedAt,
                tomorrowMorning(profile, renderedAt),
                zone,
                locale,
                teamSection.of(teamId, userId)));
        var hash = state.flatMap(HomeStore.HomeState::hash);
        try {
            var response = slack.methods(teamId)
                    .viewsPublish(request -> request.userId(userId).view(view).hash(hash.orElse(null)));
            if (response.isOk()) {
                var version = state.map(HomeStore.HomeState::version).orElse(0L);
                store.published(teamId, userId, response.getView().getHash(), renderedAt, version);
            } else {
                // hash_conflict: a newer render got there first; the next refresh publishes from fresh data.
                log.warn("views.publish for {} answered {}", userId, response.getError());
            }
        } catch (IOException | SlackApiException unreachable) {
            throw new UncheckedIOException(new IOException("views.publish failed for " + userId, unreachable));
        }
    }

    /** Forgets a workspace's App Home states. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, HomeStore.class, Set.of("home_views"), HomeStore::forgetSome);
    }
}
