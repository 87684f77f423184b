package dev.followthrough.digest;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Score;
import dev.followthrough.commitment.Status;
import dev.followthrough.commitment.Tally;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import dev.followthrough.relationship.RelationshipWords;
import dev.followthrough.score.ScoreLines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The weekly digest as Block Kit: short and scannable. Each list shows its first few rows and ends
 * in "and N more" (the Home tab has them all), so even a user with hundreds of open promises gets
 * a message Slack accepts: at most {@link #MAXIMUM_BLOCKS} blocks, no section over 3000 characters.
 */
final class DigestBlocks {

    /** Slack's limit for a message. */
    static final int MAXIMUM_BLOCKS = 50;

    /** Rows with a button each, per list: the rest is "and N more". */
    static final int BUTTON_ROWS = 8;

    /** Lines per text list. */
    static final int TEXT_LINES = 10;

    private static final int WHAT_LENGTH = 80;

    /** A message: its notification text and its blocks. */
    record Message(String text, List<LayoutBlock> blocks) {}

    private DigestBlocks() {}

    static Message of(DigestFacts facts, Instant now, Locale locale) {
        if (facts.isEmpty()) {
            var line = ":sparkles: A quiet week: nothing came due, nothing's open. Record the next promise with"
                    + " `/promise`.";
            return new Message("A quiet week: nothing due, nothing open.", List.of(markdownSection(line)));
        }
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(markdownSection(score(facts.lastWeek())));
        if (!facts.overdue().isEmpty()) {
            addButtonList(
                    blocks,
                    ":warning: *Overdue.* A new time agreed now still repairs some trust.",
                    facts.overdue(),
                    commitment -> PromiseWords.withParty(commitment, WHAT_LENGTH) + ": was due "
                            + DueText.slackDate(commitment.due().orElseThrow(), commitment.zone(), locale),
                    Action.RENEGOTIATE,
                    "Renegotiate");
        }
        if (!facts.dueSoon().isEmpty()) {
            blocks.add(markdownSection(Lines.list(
                    ":calendar: *Due this week*",
                    lines(
                            facts.dueSoon(),
                            commitment -> PromiseWords.withParty(commitment, WHAT_LENGTH) + ": "
                                    + DueText.slackDate(commitment.due().orElseThrow(), commitment.zone(), locale)),
                    TEXT_LINES)));
        }
        if (!facts.soft().isEmpty()) {
            addButtonList(
                    blocks,
                    ":pushpin: *No date yet.* Vague promises are the ones that slip: agree a day and time.",
                    facts.soft(),
                    commitment -> PromiseWords.withParty(commitment, WHAT_LENGTH),
                    Action.FIRM_UP,
                    "Set a date");
        }
        if (!facts.owedToYou().isEmpty()) {
            blocks.add(markdownSection(Lines.list(
                    ":inbox_tray: *Owed to you*",
                    lines(facts.owedToYou(), commitment -> owed(commitment, now, locale)),
                    TEXT_LINES)));
        }
        if (!facts.noNextStep().isEmpty()) {
            blocks.add(markdownSection(Lines.list(
                    ":seedling: *No next step.* The last one closed and nothing's planned: what's next?",
                    lines(facts.noNextStep(), DigestBlocks::lastStep),
                    TEXT_LINES)));
        }
        if (!facts.slipping().isEmpty()) {
            blocks.add(markdownSection(Lines.list(
                    ":eyes: *Slipping on their side.* A check-in now keeps things moving; `/promise with` has"
                            + " each record.",
                    facts.slipping().stream()
                            .map(relationship -> "*" + RelationshipWords.name(relationship) + "*: "
                                    + RelationshipWords.slips(relationship))
                            .toList(),
                    TEXT_LINES)));
        }
        blocks.add(context(
                List.of(markdownText("Everything, live, on the Home tab · `/promise score` for your score card"))));
        return new Message(notification(facts), blocks);
    }

    private static void addButtonList(
            List<LayoutBlock> blocks,
            String heading,
            List<Commitment> commitments,
            Function<Commitment, String> row,
            Action action,
            String label) {
        blocks.add(markdownSection(heading));
        commitments.stream()
                .limit(BUTTON_ROWS)
                .forEach(commitment -> blocks.add(ActionButtons.digestRow(
                        Mrkdwn.shorten(row.apply(commitment), Lines.SECTION_LIMIT), action, commitment.id(), label)));
        if (commitments.size() > BUTTON_ROWS) {
            blocks.add(context(List.of(markdownText(Lines.andMore(commitments.size() - BUTTON_ROWS)))));
        }
    }

    /** "Last week you followed through on 9 of 10 (90%), up from 75% the four weeks before." */
    static String score(Score.Trend trend) {
        var week = trend.week().mine();
        var before = trend.previousFourWeeks().mine();
        var text = new StringBuilder(":bar_chart: ");
        if (week.cameDue() == 0) {
            text.append("*Last week* nothing of yours came due (follow-through —)");
            before.ratePercent()
                    .ifPresent(rate -> text.append("; ").append(rate).append("% the four weeks before"));
            text.append(".");
        } else {
            text.append("*Last week* you followed through on ")
                    .append(week.followedThrough())
                    .append(" of ")
                    .append(week.cameDue())
                    .append(" (")
                    .append(week.ratePercent().getAsInt())
                    .append("%)")
                    .append(compared(week, before))
                    .append(".\n")
                    .append(ScoreLines.breakdown(week));
        }
        var theirs = trend.week().theirs();
        if (theirs.cameDue() > 0) {
            text.append("\nOthers kept ")
                    .append(theirs.followedThrough())
                    .append(" of ")
                    .append(theirs.cameDue())
                    .append(" of what they owed you.");
        }
        return text.toString();
    }

    private static String compared(Tally week, Tally before) {
        if (before.ratePercent().isEmpty()) {
            return "";
        }
        var was = before.ratePercent().getAsInt();
        var now = week.ratePercent().getAsInt();
        if (now == was) {
            return ", the same as the four weeks before";
        }
        return (now > was ? ", up from " : ", down from ") + was + "% the four weeks before";
    }

    private static String owed(Commitment commitment, Instant now, Locale locale) {
        var who = commitment
                .counterparty()
                .map(party -> Mrkdwn.escape(party.display()) + ": ")
                .orElse("");
        var due = DueText.of(commitment, locale);
        return who + what(commitment) + ", " + due + (commitment.isOverdueAt(now) ? " *(late)*" : "");
    }

    private static String lastStep(Commitment commitment) {
        var how = commitment.status() == Status.KEPT ? "delivered" : "cancelled";
        return Mrkdwn.escape(commitment.counterparty().orElseThrow().display()) + ": the last one, " + what(commitment)
                + ", was " + how;
    }

    private static String notification(DigestFacts facts) {
        var parts = new ArrayList<String>();
        counted(parts, facts.overdue().size(), "overdue");
        counted(parts, facts.dueSoon().size(), "due this week");
        counted(parts, facts.soft().size(), "to pin down");
        counted(parts, facts.owedToYou().size(), "owed to you");
        var summary = parts.isEmpty() ? "nothing open" : String.join(", ", parts);
        var rate = facts.lastWeek().week().mine().ratePercent();
        return "Your week: " + summary + ". Follow-through last week: "
                + (rate.isPresent() ? rate.getAsInt() + "%" : "—") + ".";
    }

    private static void counted(List<String> parts, int count, String label) {
        if (count > 0) {
            parts.add(count + " " + label);
        }
    }

    private static List<String> lines(List<Commitment> commitments, Function<Commitment, String> line) {
        return commitments.stream().map(line).toList();
    }

    private static String what(Commitment commitment) {
        return "*" + Mrkdwn.escape(Mrkdwn.shorten(commitment.what(), WHAT_LENGTH)) + "*";
    }

    private static LayoutBlock markdownSection(String text) {
        return section(section -> section.text(markdownText(text)));
    }
}
