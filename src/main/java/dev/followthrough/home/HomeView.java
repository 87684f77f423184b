package dev.followthrough.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.PromiseWords;
import dev.followthrough.platform.slack.SharedButtons;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Home tab: the score on top, then what needs attention, section by section, each row with
 * its actions. A Home tab holds at most 100 blocks: longer sections end in "and N more" with a
 * button that shows the rest of that section.
 */
final class HomeView {

    static final int BLOCK_LIMIT = 100;
    /** Rows a section shows until it is expanded. */
    static final int ROWS = 5;

    static final String MORE = "home_more";
    static final String SETTINGS = SharedButtons.OPEN_SETTINGS;

    private HomeView() {}

    static View of(
            List<LayoutBlock> scoreCard,
            Map<HomeSections.Section, List<Commitment>> sections,
            Set<HomeSections.Section> expanded,
            List<LayoutBlock> relationships,
            Instant now,
            Instant tomorrowMorning,
            ZoneId zone,
            Locale locale,
            List<LayoutBlock> teamSection) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(header -> header.text(plainText("Your promises"))));
        blocks.addAll(scoreCard);
        blocks.add(actions(actions -> actions.blockId("home_top")
                .elements(List.of(button(button ->
                        button.actionId(SETTINGS).text(plainText("Settings")).value("settings"))))));
        var nothing = sections.values().stream().allMatch(List::isEmpty);
        if (nothing) {
            blocks.add(section(section -> section.text(markdownText("Nothing open. Record your next promise with"
                    + " `/promise send Acme the revised proposal by Fri 2pm`."))));
        }
        for (var entry : sections.entrySet()) {
            var rows = entry.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            // Each row takes two blocks; keep room for the sections still to come.
            var room = (BLOCK_LIMIT
                            - blocks.size()
                            - 2
                            - remainingHeaders(sections, entry.getKey())
                            - teamSection.size()
                            - relationships.size())
                    / 2;
            var shown =
                    Math.max(0, Math.min(rows.size(), expanded.contains(entry.getKey()) ? room : Math.min(ROWS, room)));
            blocks.add(divider());
            blocks.add(section(
                    section -> section.text(markdownText("*" + entry.getKey().title + "* (" + rows.size() + ")"))));
            for (var commitment : rows.subList(0, shown)) {
                blocks.add(section(section -> section.text(markdownText(row(commitment, now, zone, locale)))));
                blocks.add(actions(actions -> actions.blockId("home_row_" + commitment.id())
                        .elements(rowActions(commitment, now, tomorrowMorning))));
            }
            if (shown < rows.size()) {
                var hidden = rows.size() - shown;
                blocks.add(actions(actions -> actions.blockId(
                                "home_more_" + entry.getKey().name())
                        .elements(List.of(button(button -> button.actionId(MORE)
                                .text(plainText("…and " + hidden + " more: show them"))
                                .value(entry.getKey().name()))))));
            }
        }
        // The channels the user set up or follows, after their own promises: its room was kept above.
        blocks.addAll(teamSection);
        // Relationships last: the promises above are what to act on today.
        blocks.addAll(relationships);
        blocks.add(context(List.of(markdownText("`/promise help` for everything you can say."))));
        return View.builder()
                .type("home")
                .blocks(blocks.subList(0, Math.min(blocks.size(), BLOCK_LIMIT)))
                .build();
    }

    private static int remainingHeaders(
            Map<HomeSections.Section, List<Commitment>> sections, HomeSections.Section after) {
        var count = 0;
        for (var entry : sections.entrySet()) {
            if (entry.getKey().ordinal() > after.ordinal() && !entry.getValue().isEmpty()) {
                count += 4;
            }
        }
        return count + 1;
    }

    private static String row(Commitment commitment, Instant now, ZoneId zone, Locale locale) {
        var who = commitment.direction() == Direction.THEIRS
                ? PromiseWords.promise(
                        commitment,
                        commitment.counterparty().isPresent() ? PromiseWords.party(commitment, "") + "'s" : "Their",
                        200)
                : PromiseWords.withParty(commitment, 200);
        var when = commitment
                .due()
                .map(due -> (due.isBefore(now) ? "was due " : "due ") + DueText.slackDate(due, zone, locale))
                .orElse(commitment
                        .target()
                        .map(target -> "no firm date (aiming for " + DueText.slackDate(target, zone, locale) + ")")
                        .orElse("no firm date"));
        return who + "\n" + when;
    }

    private static List<BlockElement> rowActions(Commitment commitment, Instant now, Instant tomorrowMorning) {
        var id = commitment.id();
        var elements = new ArrayList<BlockElement>();
        elements.add(ActionButtons.button(
                Action.DELIVERED,
                id,
                commitment.direction() == Direction.THEIRS ? "They delivered" : "Delivered",
                "primary"));
        if (commitment.firmness() == Firmness.SOFT) {
            elements.add(ActionButtons.button(Action.FIRM_UP, id, "Set a date"));
        } else if (commitment.direction() == Direction.THEIRS) {
            elements.add(ActionButtons.button(Action.NEW_DATE, id, "New date"));
        } else {
            elements.add(ActionButtons.button(Action.RENEGOTIATE, id, "Renegotiate"));
            ActionButtons.snoozeMenu(id, commitment.due(), now, tomorrowMorning).ifPresent(elements::add);
        }
        elements.add(ActionButtons.button(Action.EDIT, id, "Edit"));
        return elements;
    }
}
