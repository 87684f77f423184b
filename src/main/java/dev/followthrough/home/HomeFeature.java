package dev.followthrough.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.promise.PromiseList;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home tab: the user's open promises, published whenever they open it. */
public final class HomeFeature {

    private static final Logger log = LoggerFactory.getLogger(HomeFeature.class);

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final UserProfiles profiles;
    private final Clock clock;

    private HomeFeature(SlackPlatform slack, Ledger ledger, UserProfiles profiles, Clock clock) {
        this.slack = slack;
        this.ledger = ledger;
        this.profiles = profiles;
        this.clock = clock;
    }

    public static void register(
            SlackPlatform slack, Jdbi jdbi, Ledger ledger, RequestLedger requests, UserProfiles profiles, Clock clock) {
        var home = new HomeFeature(slack, ledger, profiles, clock);
        slack.app().event(AppHomeOpenedEvent.class, (payload, context) -> {
            var event = payload.getEvent();
            var teamId = payload.getTeamId();
            // Slack resends an event it thinks went unanswered: publish once per event_id.
            var firstTime =
                    jdbi.inTransaction(handle -> requests.claim(handle, teamId, "event:" + payload.getEventId(), null));
            if (firstTime && "home".equals(event.getTab())) {
                slack.afterAck(
                        "publishing App Home for " + event.getUser(), () -> home.publish(teamId, event.getUser()));
            }
            return context.ack();
        });
    }

    void publish(String teamId, String userId) {
        var locale = profiles.lookup(teamId, userId).map(UserProfile::locale).orElse(Locale.US);
        var open = ledger.openOf(teamId, userId, PromiseList.SHOWN);
        var total = open.size() < PromiseList.SHOWN ? open.size() : ledger.countOpenOf(teamId, userId);
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(header -> header.text(plainText("Your promises"))));
        blocks.addAll(PromiseList.blocks(open, total, clock.instant(), locale));
        blocks.add(context(List.of(markdownText(
                "Record one anywhere with `/promise send Acme the revised proposal by Fri 2pm`; `/promise help` for"
                        + " more."))));
        var view = View.builder().type("home").blocks(blocks).build();
        try {
            var response = slack.methods()
                    .viewsPublish(request -> request.userId(userId).view(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} answered {}", userId, response.getError());
            }
        } catch (IOException | SlackApiException unreachable) {
            throw new UncheckedIOException(new IOException("views.publish failed for " + userId, unreachable));
        }
    }
}
