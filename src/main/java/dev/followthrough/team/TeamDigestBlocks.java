package dev.followthrough.team;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Tally;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A channel's weekly team digest as Block Kit, text only (only a promise's owner may act on it, and
 * the digest is read by the whole channel). One section per list, each at most {@link #ROWS} rows
 * and {@link #SECTION_LIMIT} characters, the rest summed up as "and N more": a handful of blocks
 * however busy the channel, well inside Slack's 50.
 */
final class TeamDigestBlocks {

    static final int ROWS = 10;

    /** Slack refuses a section text over 3000 characters; the rest is room for "and N more". */
    static final int SECTION_LIMIT = 3000;

    private static final int ROOM = SECTION_LIMIT - 100;

    private static final int WHAT_LENGTH = 120;

    /** A message: its notification text and its blocks. */
    record Message(String text, List<LayoutBlock> blocks) {}

    private TeamDigestBlocks() {}

    static Message of(String channelId, TeamDigestFacts facts, ZoneId zone) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(markdownSection(":clipboard: *This week's promises in <#" + channelId + ">*"));
        if (facts.isEmpty()) {
            // Sent all the same: whoever asked for it would otherwise take the silence for a digest that broke.
            blocks.add(markdownSection("A quiet week: nothing overdue, nothing due in the next seven days, nothing"
                    + " kept. Promises made here with `/promise` will show up in the next one."));
            blocks.add(footer());
            return new Message("Team digest: a quiet week, nothing due or overdue.", blocks);
        }
        list(
                blocks,
                ":warning: *Overdue*",
                facts.overdue(),
                commitment -> who(commitment) + ": " + PromiseWords.task(commitment, WHAT_LENGTH) + ", was due "
                        + date(commitment, zone));
        list(
                blocks,
                ":calendar: *Due in the next seven days*",
                facts.dueThisWeek(),
                commitment -> who(commitment) + ": " + PromiseWords.task(commitment, WHAT_LENGTH) + ", "
                        + date(commitment, zone));
        list(
                blocks,
                ":white_check_mark: *Kept this past week*",
                facts.kept(),
                commitment -> who(commitment) + ": " + PromiseWords.task(commitment, WHAT_LENGTH));
        list(
                blocks,
                ":seedling: *No next step*: the last promise with them was kept, and nothing is planned since",
                facts.noNextStep(),
                commitment -> (names(commitment) ? "" : PromiseWords.party(commitment, "") + ": ")
                        + PromiseWords.task(commitment, WHAT_LENGTH) + ", kept by <@" + commitment.ownerId() + ">");
        if (facts.channel().cameDue() > 0) {
            blocks.add(markdownSection(rates(facts)));
        }
        blocks.add(footer());
        return new Message(notification(facts), blocks);
    }

    /**
     * "<@U1> → Acme" for a promise to Acme; "Acme → <@U1>" for what Acme owes; the owner alone when
     * the task names them already ("send Acme the deck").
     */
    private static String who(Commitment commitment) {
        var owner = "<@" + commitment.ownerId() + ">";
        if (commitment.counterparty().isEmpty() || names(commitment)) {
            return owner;
        }
        var party = PromiseWords.party(commitment, "");
        return commitment.direction() == Direction.THEIRS ? party + " → " + owner : owner + " → " + party;
    }

    private static boolean names(Commitment commitment) {
        return Task.of(commitment).namesCounterparty();
    }

    private static String date(Commitment commitment, ZoneId zone) {
        return DueText.slackDate(commitment.due().orElseThrow(), zone, Locale.US);
    }

    private static String rates(TeamDigestFacts facts) {
        var text = new StringBuilder(":bar_chart: *Follow-through, last four weeks* (kept on time or renegotiated"
                + " before the deadline, of what came due)\nEveryone here: " + rate(facts.channel()));
        var shown = 0;
        for (var owner : facts.byOwner()) {
            if (shown == ROWS) {
                text.append("\n").append(andMore(facts.byOwner().size() - shown));
                break;
            }
            text.append("\n• <@").append(owner.ownerId()).append("> ").append(rate(owner.tally()));
            shown++;
        }
        return text.toString();
    }

    private static String rate(Tally tally) {
        return tally.followedThrough() + " of " + tally.cameDue() + " ("
                + tally.ratePercent().getAsInt() + "%)";
    }

    private static void list(
            List<LayoutBlock> blocks, String heading, List<Commitment> commitments, Function<Commitment, String> row) {
        if (commitments.isEmpty()) {
            return;
        }
        var text = new StringBuilder(heading);
        var written = 0;
        for (var commitment : commitments) {
            var line = row.apply(commitment);
            if (written == ROWS || text.length() + line.length() + 3 > ROOM) {
                break;
            }
            text.append("\n• ").append(line);
            written++;
        }
        if (written < commitments.size()) {
            text.append("\n").append(andMore(commitments.size() - written));
        }
        blocks.add(markdownSection(text.toString()));
    }

    private static String andMore(int count) {
        return "_…and " + count + " more: `/promise team` in the channel shows them all._";
    }

    private static LayoutBlock footer() {
        return context(List.of(markdownText("Only promises made in or linked to this channel; DMs stay private ·"
                + " `/promise channel team digest off` stops it")));
    }

    private static String notification(TeamDigestFacts facts) {
        return "Team digest: " + facts.overdue().size() + " overdue, "
                + facts.dueThisWeek().size() + " due in the next seven days, "
                + facts.kept().size() + " kept this past week.";
    }

    private static LayoutBlock markdownSection(String text) {
        return section(section -> section.text(markdownText(text)));
    }
}
