package dev.followthrough.platform.outbox;

/** Where Slack put a message the outbox sent: what {@code chat.update} needs to change it. */
public record SentMessage(String channel, String ts) {}
