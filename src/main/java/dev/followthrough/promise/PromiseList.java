package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /promise list}: the owner's open commitments, soonest first, overdue ones marked. */
public final class PromiseList {

    /** Rows shown at most: a message holds 50 blocks, and a long list is read by nobody. */
    public static final int SHOWN = 20;

    private PromiseList() {}

    public static String text(int total) {
        return total == 0 ? "You have no open promises." : "Your open promises: " + total;
    }

    public static List<LayoutBlock> blocks(List<Commitment> open, int total, Instant now, Locale locale) {
        return blocks(open, total, now, locale, Optional.empty());
    }

    /** A button beside each row ({@code action} and label), e.g. to cancel one. */
    record RowAction(Action action, String label) {}

    static List<LayoutBlock> blocks(
            List<Commitment> open, int total, Instant now, Locale locale, Optional<RowAction> action) {
        var blocks = new ArrayList<LayoutBlock>();
        if (open.isEmpty()) {
            blocks.add(section(section -> section.text(markdownText(
                    "You have no open promises. Record one with `/promise send Acme the deck by Fri 2pm`."))));
            return blocks;
        }
        var overdue =
                open.stream().filter(commitment -> commitment.isOverdueAt(now)).count();
        var heading =
                "*Your open promises (" + total + ")*" + (overdue == 0 ? "" : " · :warning: " + overdue + " overdue");
        blocks.add(section(section -> section.text(markdownText(heading))));
        blocks.add(divider());
        for (var commitment : open) {
            blocks.add(section(section -> {
                section.text(markdownText(row(commitment, now, locale)));
                action.ifPresent(rowAction -> section.accessory(
                        ActionButtons.button(rowAction.action(), commitment.id(), rowAction.label())));
                return section;
            }));
        }
        if (total > open.size()) {
            blocks.add(context(List.of(markdownText("…and " + (total - open.size()) + " more, further out."))));
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
