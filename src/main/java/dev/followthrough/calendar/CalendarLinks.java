package dev.followthrough.calendar;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.user.PlainNames;
import java.net.URI;
import java.util.Optional;

/**
 * "Add to calendar" links for one hard commitment: Google Calendar's event page, and the app's own
 * {@code .ics} file at an unguessable URL. Offered only when {@code PUBLIC_URL} is configured.
 */
public final class CalendarLinks {

    /** Both ways to put a commitment on a calendar. */
    public record Links(URI google, URI ics) {}

    private final Optional<URI> publicUrl;
    private final LinkTokens tokens;
    private final PlainNames names;

    CalendarLinks(Optional<URI> publicUrl, LinkTokens tokens, PlainNames names) {
        this.names = names;
        this.publicUrl = publicUrl;
        this.tokens = tokens;
    }

    /** Links for an open commitment with a hard deadline; empty otherwise, or without a public URL. */
    public Optional<Links> forCommitment(Commitment commitment) {
        if (publicUrl.isEmpty() || !commitment.status().isOpen()) {
            return Optional.empty();
        }
        return Hold.of(commitment, names)
                .map(hold -> new Links(
                        GoogleCalendarLink.of(hold),
                        URI.create(publicUrl.get() + path(commitment.teamId(), commitment.id()))));
    }

    String path(String teamId, long commitmentId) {
        return CalendarServlet.MOUNT + "/c/" + commitmentId + "/" + tokens.of(teamId, commitmentId) + ".ics";
    }
}
