package dev.followthrough.channel;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A channel's daily summary: due today, overdue, recently kept. Empty when there is nothing to say. */
final class ChannelSummary {

    /** Rows per list: a summary is read at a glance, and a message holds 50 blocks. */
    private static final int ROWS = 10;

    private ChannelSummary() {}

    record Summary(String text, List<LayoutBlock> blocks) {}

    static Optional<Summary> of(List<Commitment> commitments, ZoneId zone, Instant now) {
        var today = now.atZone(zone).toLocalDate();
        var overdue = commitments.stream()
                .filter(commitment -> commitment.isOverdueAt(now))
                .sorted(Comparator.comparing(commitment -> commitment.due().orElseThrow()))
                .toList();
        var allDueToday = commitments.stream()
                .filter(commitment ->
                        commitment.status().isOpen() && commitment.due().isPresent())
                .filter(commitment ->
                        commitment.due().get().atZone(zone).toLocalDate().equals(today))
                .sorted(Comparator.comparing(commitment -> commitment.due().orElseThrow()))
                .toList();
        // Listed once, under Overdue, once passed; still counted as due today, which it was.
        var dueToday = allDueToday.stream()
                .filter(commitment -> !commitment.isOverdueAt(now))
                .toList();
        var kept = commitments.stream()
                .filter(commitment -> commitment.status() == Status.KEPT)
                .filter(commitment -> commitment
                        .closedAt()
                        .filter(at -> at.isAfter(now.minus(Duration.ofDays(1))))
                        .isPresent())
                .toList();
        if (overdue.isEmpty() && dueToday.isEmpty() && kept.isEmpty()) {
            return Optional.empty();
        }
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(":clipboard: *Promises made in this channel*"))));
        list(blocks, ":hourglass: *Due today*", dueToday, zone);
        list(blocks, ":warning: *Overdue*", overdue, zone);
        list(blocks, ":white_check_mark: *Kept since yesterday*", kept, zone);
        var text = "Promises in this channel: " + allDueToday.size() + " due today, " + overdue.size() + " overdue, "
                + kept.size() + " kept since yesterday";
        return Optional.of(new Summary(text, blocks));
    }

    private static void list(List<LayoutBlock> blocks, String title, List<Commitment> commitments, ZoneId zone) {
        if (commitments.isEmpty()) {
            return;
        }
        var lines = new StringBuilder(title);
        commitments.stream()
                .limit(ROWS)
                .forEach(commitment -> lines.append("\n• ").append(row(commitment, zone)));
        if (commitments.size() > ROWS) {
            lines.append("\n…and ").append(commitments.size() - ROWS).append(" more");
        }
        blocks.add(section(section -> section.text(markdownText(lines.toString()))));
    }

    private static String row(Commitment commitment, ZoneId zone) {
        var what = "*" + Mrkdwn.escape(Mrkdwn.shorten(commitment.what(), 150)) + "*";
        var party = commitment
                .counterparty()
                .filter(counterparty -> !Task.of(commitment).namesCounterparty())
                .map(counterparty -> Mrkdwn.escape(counterparty.display()));
        var who = commitment.direction() == Direction.THEIRS
                ? commitment
                                .counterparty()
                                .map(counterparty -> Mrkdwn.escape(counterparty.display()))
                                .orElse("Someone") + " → <@" + commitment.ownerId() + ">"
                : "<@" + commitment.ownerId() + ">"
                        + party.map(name -> " → " + name).orElse("");
        var when = commitment
                .due()
                .map(due -> ", " + DueText.slackDate(due, zone, Locale.US))
                .orElse("");
        return who + ": " + what + when;
    }
}
