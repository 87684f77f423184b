package dev.followthrough.calendar;

import dev.followthrough.platform.http.UrlTokens;
import java.net.URI;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Each user's calendar feed: one URL a calendar subscribes to, listing their open hard
 * commitments. The URL's token is random and stored; rotating it revokes the old URL.
 */
public final class CalendarFeeds {

    private final Jdbi jdbi;
    private final Optional<URI> publicUrl;

    CalendarFeeds(Jdbi jdbi, Optional<URI> publicUrl) {
        this.jdbi = jdbi;
        this.publicUrl = publicUrl;
    }

    /** The user's feed URL, made on first ask; empty when no {@code PUBLIC_URL} is configured. */
    public Optional<URI> url(String teamId, String userId) {
        if (publicUrl.isEmpty()) {
            return Optional.empty();
        }
        var token = jdbi.withExtension(FeedTokenStore.class, store -> store.ensure(teamId, userId, UrlTokens.fresh()));
        return Optional.of(url(teamId, userId, token));
    }

    /**
     * Revokes the user's feed URL (it answers 404 from now on) and makes a new one; returns it,
     * or empty when no {@code PUBLIC_URL} is configured (the old URL is revoked all the same).
     */
    public Optional<URI> rotate(String teamId, String userId) {
        var token = jdbi.withExtension(FeedTokenStore.class, store -> store.replace(teamId, userId, UrlTokens.fresh()));
        return publicUrl.map(ignored -> url(teamId, userId, token));
    }

    /** Whether {@code token} is the user's current one. */
    boolean admits(String teamId, String userId, String token) {
        var current = jdbi.withExtension(FeedTokenStore.class, store -> store.find(teamId, userId));
        return current.filter(known -> UrlTokens.sameText(known, token)).isPresent();
    }

    private URI url(String teamId, String userId, String token) {
        return URI.create(publicUrl.orElseThrow() + path(teamId, userId, token));
    }

    static String path(String teamId, String userId, String token) {
        return CalendarServlet.MOUNT + "/u/" + teamId + "/" + userId + "/" + token + ".ics";
    }
}
