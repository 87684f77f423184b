package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EditedField;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an edit changed, shown in the form's place once it is saved: each field, now and before. */
final class EditConfirmation {

    private EditConfirmation() {}

    static View view(Commitment before, Commitment after, Set<EditedField> edited, Locale locale) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Promise saved")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(List.of(section(section -> section.text(markdownText(text(before, after, edited, locale))))))
                .build();
    }

    static String text(Commitment before, Commitment after, Set<EditedField> edited, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(":white_check_mark: Saved. What changed:");
        if (edited.contains(EditedField.WHAT)) {
            lines.add(change("The task", what(after), what(before)));
        }
        if (edited.contains(EditedField.COUNTERPARTY)) {
            lines.add(change(
                    after.direction() == Direction.THEIRS ? "Who owes it" : "Who it's for", who(after), who(before)));
        }
        if (edited.contains(EditedField.DIRECTION)) {
            lines.add(change("Which way", direction(after), direction(before)));
        }
        if (edited.contains(EditedField.DEADLINE)) {
            lines.add(change("The deadline", DueText.of(after, locale), DueText.of(before, locale)));
            lines.add("Reminders start over for the new deadline.");
        }
        return String.join("\n", lines);
    }

    private static String change(String field, String now, String was) {
        return "• " + field + ": " + now + " _(was " + was + ")_";
    }

    private static String what(Commitment commitment) {
        return "*" + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*";
    }

    private static String who(Commitment commitment) {
        return commitment
                .counterparty()
                .map(party -> Mrkdwn.escape(party.display()))
                .orElse("no one named");
    }

    private static String direction(Commitment commitment) {
        return commitment.direction() == Direction.MINE ? "you promised it" : "they owe it to you";
    }
}
