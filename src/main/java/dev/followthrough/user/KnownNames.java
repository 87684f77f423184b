package dev.followthrough.user;

import java.util.Collection;
import java.util.Optional;

/** The names Slack gives people and channels, as far as they are known right now. */
public interface KnownNames {

    /** The name of a user ({@code U…}, {@code W…}) or channel ({@code C…}, {@code G…}), if known. */
    Optional<String> of(String teamId, String slackId);

    /** Asks Slack ahead of time for the names not known yet, so they are there when needed. */
    default void prefetch(String teamId, Collection<String> slackIds) {}
}
