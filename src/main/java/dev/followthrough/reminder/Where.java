package dev.followthrough.reminder;

import java.util.Optional;

/**
 * The message a button was pressed on (its channel and ts), so it can be updated once acted on:
 * stale buttons must not linger. A row of the digest is not the whole message: what it did is
 * answered in the digest's thread instead ({@code onDigestRow}). Travels through a form in its
 * private_metadata.
 */
record Where(long commitmentId, Optional<String> channel, Optional<String> ts, boolean onDigestRow) {

    private static final String DIGEST_ROW = "digest";

    String metadata(String mode) {
        return mode + "|" + commitmentId + "|" + channel.orElse("") + "|" + ts.orElse("")
                + (onDigestRow ? "|" + DIGEST_ROW : "");
    }

    static String modeOf(String metadata) {
        return metadata.split("\\|", -1)[0];
    }

    static Where fromMetadata(String metadata) {
        var parts = metadata.split("\\|", -1);
        return new Where(
                Long.parseLong(parts[1]),
                Optional.of(parts[2]).filter(text -> !text.isEmpty()),
                Optional.of(parts[3]).filter(text -> !text.isEmpty()),
                // Forms opened before the digest rows were told apart carry four parts.
                parts.length > 4 && DIGEST_ROW.equals(parts[4]));
    }
}
