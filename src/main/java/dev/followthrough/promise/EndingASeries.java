package dev.followthrough.promise;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.ledger.Series;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.Locale;

/**
 * "End series" in {@code /promise cancel}: no occurrence follows the latest. The one open now
 * stays open, a promise of its own that the answer names, to keep or cancel like any other.
 */
final class EndingASeries {

    private final Series series;
    private final UserProfiles profiles;
    private final SlackPlatform slack;
    private final Clock clock;

    EndingASeries(Series series, UserProfiles profiles, SlackPlatform slack, Clock clock) {
        this.series = series;
        this.profiles = profiles;
        this.slack = slack;
        this.clock = clock;
    }

    Response end(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var value = payload.getActions().get(0).getValue();
        var url = payload.getResponseUrl();
        if (value == null || !value.matches("\\d{1,18}") || url == null) {
            return context.ack();
        }
        var teamId = payload.getTeam().getId();
        var userId = payload.getUser().getId();
        var locale =
                profiles.lookup(teamId, userId).map(profile -> profile.locale()).orElse(Locale.US);
        var ended = series.end(teamId, Long.parseLong(value), userId, clock.instant());
        var answer = ended.map(what -> answer(what, locale)).orElse(GONE);
        slack.afterAck("answering the end of a series", () -> slack.respond(url, SlackAnswers.ephemeral(answer)));
        return context.ack();
    }

    static final String GONE =
            ":thinking_face: That recurring promise isn't yours, or no longer exists. Nothing was" + " changed.";

    static String answer(Series.Ended ended, Locale locale) {
        var what = "*" + Mrkdwn.escape(Mrkdwn.shorten(ended.what(), 300)) + "*";
        var done = ended.endedNow()
                ? ":stop_sign: Ended the series " + what + ": no more occurrences will be made."
                : ":information_source: The series " + what + " had ended already.";
        return done
                + ended.stillOpen()
                        .map(open -> " The one open now, due "
                                + DueText.plain(open.due().orElseThrow(), open.zone(), locale)
                                + ", is still open: keep it, or cancel it from `/promise cancel` if it's off too.")
                        .orElse(" None of its occurrences is still open.");
    }
}
