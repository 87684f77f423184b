package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.ledger.Series;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code /promise list}: the owner's open commitments, soonest first, overdue ones marked. */
public final class PromiseList {

    /** Rows shown at once: a message holds 50 blocks, and a long list is read by nobody; "Show more" pages on. */
    public static final int SHOWN = 20;

    /** The button under a page that has more after it; its value is {@link Page#value()}. */
    static final String SHOW_MORE = "promise_list_show_more";

    /** Which list ({@code list}, {@code done}, {@code cancel}: the word that asked for it) from which row on. */
    record Page(String list, int from) {

        String value() {
            return list + ":" + from;
        }

        static Optional<Page> of(String value) {
            var parts = value == null ? new String[0] : value.split(":", -1);
            if (parts.length != 2 || !parts[1].matches("\\d{1,6}")) {
                return Optional.empty();
            }
            return Optional.of(new Page(parts[0], Integer.parseInt(parts[1])));
        }
    }

    private PromiseList() {}

    public static String text(int total) {
        return total == 0 ? "You have no open promises." : "Your open promises: " + total;
    }

    static String text(int total, int from, int shown) {
        return from == 0 ? text(total) : "Your open promises " + (from + 1) + "–" + (from + shown) + " of " + total;
    }

    public static List<LayoutBlock> blocks(List<Commitment> open, int total, Instant now, Locale locale) {
        return blocks(open, total, now, locale, Optional.empty(), Optional.empty(), Map.of());
    }

    /** The button beside a running series in {@code /promise cancel}; its value is the series' id. */
    static final String END_SERIES = "promise_series_end";

    /** Series shown at most under the cancel list: the rest are ended from a shorter list. */
    static final int SERIES_SHOWN = 10;

    /** The owner's running series, each with a button to end it. */
    static List<LayoutBlock> seriesBlocks(List<Series.Running> running, Locale locale) {
        var blocks = new ArrayList<LayoutBlock>();
        if (running.isEmpty()) {
            return blocks;
        }
        blocks.add(divider());
        blocks.add(section(section -> section.text(markdownText("*Your recurring promises ("
                + (running.size() > SERIES_SHOWN ? SERIES_SHOWN + "+" : Integer.toString(running.size())) + ")*"
                + " · ending one makes no more; the one open now stays open"))));
        for (var series : running.subList(0, Math.min(SERIES_SHOWN, running.size()))) {
            var what = Mrkdwn.escape(Mrkdwn.shorten(series.what(), 300));
            var line = ":repeat: *" + what + "*\n"
                    + Mrkdwn.escape(series.schedule().describe(locale)) + ", latest on "
                    + Schedule.day(series.latestOn(), locale);
            blocks.add(section(section -> section.text(markdownText(line))
                    .accessory(button(button -> button.actionId(END_SERIES)
                            .text(plainText("End series"))
                            .value(Long.toString(series.id()))))));
        }
        return blocks;
    }

    /** A button beside each row ({@code action} and label), e.g. to cancel one. */
    record RowAction(Action action, String label, String theirsLabel) {

        RowAction(Action action, String label) {
            this(action, label, label);
        }

        String labelFor(Commitment commitment) {
            return commitment.direction() == Direction.THEIRS ? theirsLabel : label;
        }
    }

    /**
     * The rows of {@code page} (or the first {@link #SHOWN} when there is none to page on with),
     * {@code open} being those rows; "Show more" under them when {@code total} goes on.
     */
    static List<LayoutBlock> blocks(
            List<Commitment> open,
            int total,
            Instant now,
            Locale locale,
            Optional<RowAction> action,
            Optional<Page> page,
            Map<Long, Series.Running> occurrences) {
        var blocks = new ArrayList<LayoutBlock>();
        var from = page.map(Page::from).orElse(0);
        if (open.isEmpty() && from > 0) {
            blocks.add(section(section -> section.text(markdownText("That's all of your open promises."))));
            return blocks;
        }
        if (open.isEmpty()) {
            blocks.add(section(section -> section.text(markdownText(
                    "You have no open promises. Record one with `/promise send Acme the deck by Fri 2pm`."))));
            return blocks;
        }
        var overdue =
                open.stream().filter(commitment -> commitment.isOverdueAt(now)).count();
        var count = from == 0 && total <= open.size()
                ? Integer.toString(total)
                : (from + 1) + "–" + (from + open.size()) + " of " + total;
        var heading =
                "*Your open promises (" + count + ")*" + (overdue == 0 ? "" : " · :warning: " + overdue + " overdue");
        blocks.add(section(section -> section.text(markdownText(heading))));
        blocks.add(divider());
        for (var commitment : open) {
            blocks.add(section(section -> {
                section.text(markdownText(row(commitment, now, locale)
                        + Optional.ofNullable(occurrences.get(commitment.id()))
                                .map(series -> " · :repeat: "
                                        + Mrkdwn.escape(series.schedule().describe(locale)))
                                .orElse("")));
                action.ifPresent(rowAction -> section.accessory(
                        ActionButtons.button(rowAction.action(), commitment.id(), rowAction.labelFor(commitment))));
                return section;
            }));
        }
        var after = total - from - open.size();
        if (after > 0 && page.isPresent()) {
            var next = new Page(page.get().list(), from + open.size());
            blocks.add(actions(actions -> actions.blockId("promise_list_more")
                    .elements(List.of(button(button -> button.actionId(SHOW_MORE)
                            .text(plainText("Show more (" + after + ")"))
                            .value(next.value()))))));
        } else if (after > 0) {
            blocks.add(context(List.of(markdownText("…and " + after + " more, further out."))));
        }
        return blocks;
    }

    private static String row(Commitment commitment, Instant now, Locale locale) {
        var what = Mrkdwn.escape(Mrkdwn.shorten(commitment.what(), 300));
        var party = commitment.counterparty().map(counterparty -> Mrkdwn.escape(counterparty.display()));
        var line = commitment.direction() == Direction.THEIRS
                ? ":inbox_tray: " + party.orElse("They") + " owes you: *" + what + "*"
                : ":outbox_tray: *" + what + "*" + PromiseWords.partyAfter(commitment);
        var when = DueText.of(commitment, locale);
        if (commitment.isOverdueAt(now)) {
            return ":warning: *Overdue* · " + line + "\n" + when.replaceFirst("^by ", "was due ");
        }
        return line + "\n" + when;
    }
}
