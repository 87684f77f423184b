package dev.followthrough.team;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Tally;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team view as Block Kit: a line for the channel, then one section per person (their record
 * here and their open promises, most urgent first), within a message's 50 blocks and a section's
 * 3000 characters: what doesn't fit ends in "and N more".
 */
final class TeamBlocks {

    /** People shown before "and N more people": a message holds 50 blocks. */
    static final int OWNERS = 20;
    /** A person's promises shown before "and N more". */
    static final int ROWS = 8;
    /** Each row's task is cut to this, so a person's rows fit one section. */
    private static final int TASK = 150;
    /** Room kept in a section for its "and N more" line. */
    private static final int SECTION_ROOM = BlockKitFit.SECTION_TEXT - 100;

    private TeamBlocks() {}

    /** The answer to {@code /promise team}: the view, a Follow (or Unfollow) button, what the rate means. */
    static List<LayoutBlock> answer(TeamView view, boolean following, Instant now, ZoneId zone, Locale locale) {
        var blocks = new ArrayList<LayoutBlock>();
        if (view.isEmpty()) {
            blocks.add(section(section -> section.text(markdownText(emptyText(view.channelId())))));
        } else {
            blocks.addAll(people(view, now, zone, locale));
        }
        blocks.add(actions(actions -> actions.blockId("team_follow")
                .elements(List.of(
                        following
                                ? button(button -> button.actionId(TeamButtons.UNFOLLOW)
                                        .text(plainText("Unfollow"))
                                        .value(view.channelId()))
                                : button(button -> button.actionId(TeamButtons.FOLLOW)
                                        .text(plainText("Follow on App Home"))
                                        .value(view.channelId()))))));
        blocks.add(context(List.of(markdownText(
                following
                        ? "This channel is on your App Home's Team section. Only promises made in or linked to this"
                                + " channel are shown; nothing from anyone's DMs."
                        : "Follow keeps this channel on your App Home's Team section. Only promises made in or linked to"
                                + " this channel are shown; nothing from anyone's DMs."))));
        return blocks;
    }

    /** The answer's notification text. */
    static String text(TeamView view) {
        if (view.isEmpty()) {
            return "No open promises in this channel yet.";
        }
        return "Open promises in this channel: " + view.open() + " open, " + view.overdue() + " overdue, "
                + people(view.owners().size()) + ".";
    }

    /** The full team view in a modal, opened from App Home. */
    static View modal(TeamView view, Instant now, ZoneId zone, Locale locale) {
        var blocks = view.isEmpty()
                ? List.<LayoutBlock>of(section(section -> section.text(markdownText(emptyText(view.channelId())))))
                : people(view, now, zone, locale);
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text("Team view").build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(blocks)
                .build();
    }

    private static String emptyText(String channelId) {
        return ":seedling: No open promises in <#" + channelId + "> yet. Make one here and the channel sees it"
                + " through: `/promise send Acme the revised proposal by Fri 2pm`.";
    }

    private static List<LayoutBlock> people(TeamView view, Instant now, ZoneId zone, Locale locale) {
        var blocks = new ArrayList<LayoutBlock>();
        var heading = ":busts_in_silhouette: *Open promises in <#" + view.channelId() + ">*: " + view.open() + " open, "
                + view.overdue() + " overdue, " + people(view.owners().size()) + ". Overdue first.";
        blocks.add(section(section -> section.text(markdownText(heading))));
        var owners = view.owners();
        for (var owner : owners.subList(0, Math.min(OWNERS, owners.size()))) {
            var text = owner(owner, now, zone, locale);
            blocks.add(section(section -> section.text(markdownText(text))));
        }
        if (owners.size() > OWNERS) {
            var hidden = owners.size() - OWNERS;
            blocks.add(context(List.of(markdownText("…and " + hidden + " more "
                    + (hidden == 1 ? "person" : "people") + " with open promises here: each of them sees theirs"
                    + " with `/promise list`."))));
        }
        blocks.add(context(List.of(markdownText("Follow-through here: promises made in or linked to this channel"
                + " kept on time or renegotiated before the deadline, out of those that came due in the last 4"
                + " weeks."))));
        return blocks;
    }

    private static String owner(TeamView.Owner owner, Instant now, ZoneId zone, Locale locale) {
        var text = new StringBuilder(
                "*<@" + owner.ownerId() + ">* · " + owner.open().size() + " open");
        if (owner.overdue() > 0) {
            text.append(", ").append(owner.overdue()).append(" overdue");
        }
        text.append(" · follow-through here, last 4 weeks: ").append(rate(owner.lastFourWeeks()));
        var shown = 0;
        for (var commitment : owner.open()) {
            var row = "\n• " + row(commitment, now, zone, locale)
                    + Optional.ofNullable(owner.raised().get(commitment.id()))
                            .map(at -> " · :rotating_light: raised " + DueText.slackDate(at, zone, locale))
                            .orElse("");
            if (shown == ROWS || text.length() + row.length() > SECTION_ROOM) {
                break;
            }
            text.append(row);
            shown++;
        }
        if (shown < owner.open().size()) {
            text.append("\n…and ").append(owner.open().size() - shown).append(" more");
        }
        return text.toString();
    }

    private static String rate(Tally tally) {
        var percent = tally.ratePercent();
        if (percent.isEmpty()) {
            return "— (nothing came due)";
        }
        return percent.getAsInt() + "% (" + tally.followedThrough() + " of " + tally.cameDue() + ")";
    }

    /** "Their promise to *send Acme the deck* · :warning: was due …", or what someone owes them. */
    static String row(Commitment commitment, Instant now, ZoneId zone, Locale locale) {
        var what = commitment.direction() == Direction.MINE
                ? PromiseWords.promise(commitment, "Their", TASK)
                : "Owed to them: "
                        + PromiseWords.promise(
                                commitment,
                                commitment.counterparty().isPresent()
                                        ? PromiseWords.party(commitment, "") + "'s"
                                        : "someone's",
                                TASK);
        return what + " · " + when(commitment, now, zone, locale);
    }

    private static String when(Commitment commitment, Instant now, ZoneId zone, Locale locale) {
        if (commitment.isOverdueAt(now)) {
            return ":warning: was due " + DueText.slackDate(commitment.due().orElseThrow(), zone, locale);
        }
        return commitment
                .due()
                .map(due -> "due " + DueText.slackDate(due, zone, locale))
                .orElse(commitment
                        .target()
                        .map(target -> "no firm date (aiming for " + DueText.slackDate(target, zone, locale) + ")")
                        .orElse("no firm date"));
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
