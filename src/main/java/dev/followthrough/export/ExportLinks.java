package dev.followthrough.export;

import dev.followthrough.platform.http.UrlTokens;
import java.net.URI;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Each user's ledger download link: one URL whose random token is stored, as a calendar feed's is.
 * Revoking it deletes the token (the URL answers 404); asking again makes a new one.
 */
final class ExportLinks {

    private final Jdbi jdbi;
    private final Optional<URI> publicUrl;

    ExportLinks(Jdbi jdbi, Optional<URI> publicUrl) {
        this.jdbi = jdbi;
        this.publicUrl = publicUrl;
    }

    boolean canLink() {
        return publicUrl.isPresent();
    }

    /** The user's link and its token, made on first ask; empty (and none made) without {@code PUBLIC_URL}. */
    Optional<Link> link(String teamId, String userId) {
        if (publicUrl.isEmpty()) {
            return Optional.empty();
        }
        var token = jdbi.withExtension(ExportLinkStore.class, store -> store.ensure(teamId, userId, UrlTokens.fresh()));
        return Optional.of(new Link(URI.create(publicUrl.get() + path(teamId, userId, token)), token));
    }

    /** A download link, and the token in it (what its revoke button carries). */
    record Link(URI url, String token) {}

    /** Whether the user had a link, now revoked. */
    boolean revoke(String teamId, String userId) {
        return jdbi.withExtension(ExportLinkStore.class, store -> store.revoke(teamId, userId)) > 0;
    }

    /** Revokes the link with {@code token}, if it is still the user's; whether it was. */
    boolean revoke(String teamId, String userId, String token) {
        return jdbi.withExtension(ExportLinkStore.class, store -> store.revokeIfStill(teamId, userId, token)) > 0;
    }

    /** Whether {@code token} is the user's current one. */
    boolean admits(String teamId, String userId, String token) {
        var current = jdbi.withExtension(ExportLinkStore.class, store -> store.find(teamId, userId));
        return current.filter(known -> UrlTokens.sameText(known, token)).isPresent();
    }

    static String path(String teamId, String userId, String token) {
        return ExportServlet.MOUNT + "/" + teamId + "/" + userId + "/" + token + ".csv";
    }
}
