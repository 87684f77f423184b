package dev.followthrough.promise;

import java.util.Optional;

/** The message a promise was typed in to the app, by whom: the key its recording is claimed under. */
record TypedMessage(String channelId, String ts, String userId) {

    RecordingAPromise.Request request(String teamId, String text) {
        return new RecordingAPromise.Request(teamId, userId, Optional.empty(), "typed:" + channelId + ":" + ts, text);
    }

    /** The button's value: the message and its words, so nothing waits in the database for a tap. */
    String value(String text) {
        return channelId + "|" + ts + "|" + userId + "|" + text;
    }

    /** A "Record it" press: the message it answers and the words typed there. */
    record Pressed(TypedMessage typed, String text) {}

    static Optional<Pressed> of(String value) {
        var parts = value == null ? new String[0] : value.split("\\|", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        return Optional.of(new Pressed(new TypedMessage(parts[0], parts[1], parts[2]), parts[3]));
    }
}
