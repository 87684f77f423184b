package dev.followthrough.user;

import java.time.Instant;

/** A name Slack gave for a user or a channel, and when it said so. */
public record KnownName(String slackId, String name, Instant fetchedAt) {}
