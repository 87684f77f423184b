package dev.followthrough.ledger;

import java.time.ZoneId;

/**
 * A channel that has commitments made in it, and the zone of the latest of them: an unconfigured
 * channel's summary follows it.
 */
public record ChannelWithCommitments(String teamId, String channelId, String dueZone) {

    /** Before every real channel: where paging starts. */
    public static final ChannelWithCommitments FIRST = new ChannelWithCommitments("", "", "UTC");

    public ZoneId latestZone() {
        return ZoneId.of(dueZone);
    }
}
