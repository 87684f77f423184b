package dev.followthrough.reminder;

import java.util.Optional;

/**
 * The reminder a button was pressed on (its DM channel and ts), so it can be updated once acted
 * on: stale buttons must not linger. Travels through a form in its private_metadata.
 */
record Where(long commitmentId, Optional<String> channel, Optional<String> ts) {

    String metadata(String mode) {
        return mode + "|" + commitmentId + "|" + channel.orElse("") + "|" + ts.orElse("");
    }

    static String modeOf(String metadata) {
        return metadata.split("\\|", -1)[0];
    }

    static Where fromMetadata(String metadata) {
        var parts = metadata.split("\\|", -1);
        return new Where(
                Long.parseLong(parts[1]),
                Optional.of(parts[2]).filter(text -> !text.isEmpty()),
                Optional.of(parts[3]).filter(text -> !text.isEmpty()));
    }
}
