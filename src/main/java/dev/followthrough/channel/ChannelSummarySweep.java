package dev.followthrough.channel;

import dev.followthrough.ledger.ChannelWithCommitments;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Each weekday, at each channel's summary time in its zone, posts what is due there today, what
 * is overdue and what was kept; skipped when there is nothing to say. One per channel and day,
 * however many instances run the sweep.
 */
final class ChannelSummarySweep implements Runnable {

    /** A summary is only worth posting near its time: one due at 09:30 is not posted at 15:00. */
    private static final Duration WINDOW = Duration.ofHours(2);

    private static final int PAGE = 500;

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Clock clock;

    ChannelSummarySweep(Jdbi jdbi, Outbox outbox, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void run() {
        var now = clock.instant();
        var keptSince = now.minus(Duration.ofDays(1));
        var settings = jdbi.withHandle(handle -> handle.attach(ChannelStore.class).all().stream()
                .collect(
                        Collectors.toMap(setting -> setting.teamId() + ":" + setting.channelId(), setting -> setting)));
        // A page of channels at a time, each in its own transaction: with many channels, neither
        // their commitments nor one long transaction are held at once.
        var after = ChannelWithCommitments.FIRST;
        while (true) {
            var from = after;
            var page = jdbi.inTransaction(handle -> {
                var channels = Ledger.channelsAfter(handle, from, keptSince, PAGE);
                for (var channel : channels) {
                    try (var context = LogContext.team(channel.teamId())) {
                        summarize(handle, settings, channel, keptSince, now);
                    }
                }
                return channels;
            });
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    private void summarize(
            Handle handle,
            Map<String, ChannelSettings> settings,
            ChannelWithCommitments channel,
            Instant keptSince,
            Instant now) {
        var teamId = channel.teamId();
        var channelId = channel.channelId();
        // Unconfigured, a channel's summary follows the zone of whoever made its latest promise.
        var setting = Optional.ofNullable(settings.get(teamId + ":" + channelId))
                .orElseGet(() -> ChannelSettings.defaults(teamId, channelId, channel.latestZone()));
        if (!setting.summaries()) {
            return;
        }
        var local = now.atZone(setting.summaryZone());
        var weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        var from = local.toLocalDate()
                .atTime(setting.summaryTime())
                .atZone(setting.summaryZone())
                .toInstant();
        if (weekend || now.isBefore(from) || !now.isBefore(from.plus(WINDOW))) {
            return;
        }
        // Only a channel whose summary time has come has its commitments read.
        var commitments = Ledger.inChannel(handle, teamId, channelId, keptSince);
        ChannelSummary.of(commitments, setting.summaryZone(), now)
                .ifPresent(summary -> outbox.enqueue(
                        handle,
                        OutboxMessage.post(
                                teamId,
                                "channel-summary:" + channelId + ":" + local.toLocalDate(),
                                channelId,
                                summary.text(),
                                BlockJson.of(summary.blocks()),
                                Optional.empty(),
                                Optional.empty())));
    }
}
