package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Status;
import dev.followthrough.ledger.Series;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Instant;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * A recurring promise's series follows what is done to its occurrences, in the same transaction:
 * one kept or cancelled before it was due has the next one made now, rather than when it would
 * have come due; a keep taken back takes back the next one it made early; the first promise undone
 * ends the series. The confirmation says what the series did. A moved deadline leaves it as it is.
 */
public final class NextOccurrence implements Consequence {

    private final Series series;
    private final UserProfiles profiles;

    public NextOccurrence(Series series, UserProfiles profiles) {
        this.series = series;
        this.profiles = profiles;
    }

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        var after = change.after();
        var status = after.status();
        var kind = change.event().kind();
        if (change.before().status().isOpen() && (status == Status.KEPT || status == Status.CANCELLED)) {
            series.afterClosed(handle, after, change.at());
        } else if (kind == EventKind.REOPENED) {
            series.afterReopened(handle, after, change.at())
                    .ifPresent(reopened -> aftermath.tell(reopened(reopened, after)));
        } else if (kind == EventKind.UNDONE) {
            series.afterUndone(handle, after, change.actorId(), change.at())
                    .map(undone -> undone(undone, after))
                    .filter(sentence -> !sentence.isEmpty())
                    .ifPresent(aftermath::tell);
        }
    }

    private String reopened(Series.Reopened reopened, Commitment commitment) {
        var next = "The next one, due " + due(reopened.nextDue(), commitment);
        return reopened.withdrawn()
                ? next + ", is taken back: it comes when this one is due, as before."
                : next + ", stays open too, as you've already acted on it.";
    }

    private String undone(Series.Undone undone, Commitment commitment) {
        var ended = undone.endedNow() ? "The series goes with it: no more occurrences will be made." : "";
        var open = undone.stillOpen();
        if (open.isEmpty()) {
            return ended;
        }
        var stays = open.size() == 1
                ? "The one due " + due(open.get(0).due().orElseThrow(), commitment)
                        + " stays open, as you've already acted on it; cancel it too if it's off."
                : open.size() + " later ones stay open, as you've already acted on them; cancel them from"
                        + " `/promise cancel` if they're off too.";
        return (ended + " " + stays).strip();
    }

    private String due(Instant due, Commitment commitment) {
        var locale = profiles.lookup(commitment.teamId(), commitment.ownerId())
                .map(UserProfile::locale)
                .orElse(Locale.US);
        return DueText.slackDate(due, commitment.zone(), locale);
    }
}
