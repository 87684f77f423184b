package dev.followthrough.channel;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
        jdbi.useTransaction(this::sweep);
    }

    private void sweep(Handle handle) {
        var now = clock.instant();
        var settings = handle.attach(ChannelStore.class).all().stream()
                .collect(Collectors.toMap(setting -> setting.teamId() + ":" + setting.channelId(), setting -> setting));
        var byChannel = Ledger.inChannels(handle, now.minus(Duration.ofDays(1))).stream()
                .collect(Collectors.groupingBy(commitment ->
                        commitment.teamId() + ":" + commitment.channelId().get()));
        byChannel.forEach((key, commitments) -> summarize(handle, settings, commitments, now));
    }

    private void summarize(
            Handle handle, Map<String, ChannelSettings> settings, List<Commitment> commitments, Instant now) {
        var latest = commitments.stream()
                .max(Comparator.comparing(Commitment::createdAt))
                .orElseThrow();
        var teamId = latest.teamId();
        var channelId = latest.channelId().orElseThrow();
        // Unconfigured, a channel's summary follows the zone of whoever made its latest promise.
        var setting = Optional.ofNullable(settings.get(teamId + ":" + channelId))
                .orElseGet(() -> ChannelSettings.defaults(teamId, channelId, latest.zone()));
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
