package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PromiseDraft;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.user.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the app answers a message typed to it: how it read it, with one button to record it. */
final class DirectMessageReplies {

    /** The one tap that records a promise typed to the app. */
    static final String RECORD_IT = "promise_typed_record";

    record Reply(String text, List<LayoutBlock> blocks) {}

    private DirectMessageReplies() {}

    /** {@code recurring}: the schedule, when the message is a promise that repeats. */
    static Reply confirm(PromiseDraft draft, UserProfile owner, Optional<Schedule> recurring, String value) {
        var read = ":memo: Shall I record this? " + reading(draft, owner);
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(read))));
        recurring.ifPresent(schedule -> blocks.add(section(
                section -> section.text(markdownText(PromiseMessages.recurringNote(schedule, owner.locale()))))));
        blocks.add(actions(actions -> actions.blockId("promise_typed")
                .elements(List.of(button(button -> button.actionId(RECORD_IT)
                        .text(plainText(recurring.isPresent() ? "Record the series" : "Record it"))
                        .style("primary")
                        .value(value))))));
        blocks.add(context(List.of(markdownText("Not quite right? Write it again, or use `/promise` for the"
                + " form. Nothing is saved until you tap."))));
        var text = recurring
                .map(schedule -> read + " " + PromiseMessages.recurringNote(schedule, owner.locale()))
                .orElse(read);
        return new Reply(Mrkdwn.plain(text), blocks);
    }

    private static String reading(PromiseDraft draft, UserProfile owner) {
        var what = "*" + Mrkdwn.escapeShortened(draft.what(), Mrkdwn.WHAT_IN_A_LINE) + "*";
        var party = draft.counterparty().map(counterparty -> Mrkdwn.escape(counterparty.display()));
        // A task that names its counterparty ("send Acme the deck") isn't told it twice.
        var to = draft.counterparty()
                .filter(counterparty -> !draft.what().contains(counterparty.display()))
                .map(counterparty -> " to " + Mrkdwn.escape(counterparty.display()))
                .orElse("");
        var when = draft.deadline() instanceof Deadline.Hard hard
                ? "by " + DueText.slackDate(hard.due(), owner.zone(), owner.locale())
                        + AsWritten.note(hard.due(), owner.zone(), hard.zone(), owner.locale())
                : "no firm date yet";
        if (draft.direction() == Direction.THEIRS) {
            return party.orElse("Someone") + " owes you: " + what + " — " + when;
        }
        return "You promise" + to + ": " + what + " — " + when;
    }

    static Reply refused(String reason) {
        var text = ":thinking_face: " + Mrkdwn.escape(reason) + " Nothing was saved.";
        return new Reply(
                Mrkdwn.plain(text),
                List.of(
                        section(section -> section.text(markdownText(text))),
                        context(List.of(markdownText("For example: " + Help.EXAMPLE.replace("/promise ", ""))))));
    }

    static Reply subcommand(Help.Word word) {
        var text = ":thinking_face: Here I read what you write as a promise. For " + word.does() + ", type "
                + word.command() + ". Nothing was saved.";
        return new Reply(Mrkdwn.plain(text), List.of(section(section -> section.text(markdownText(text)))));
    }

    /** The confirmation replaced by what the tap did. */
    static ActionResponse recorded(String text, List<LayoutBlock> blocks) {
        return ActionResponse.builder()
                .replaceOriginal(true)
                .text(text)
                .blocks(blocks)
                .build();
    }

    static ActionResponse refusedAnswer(String reason) {
        var reply = refused(reason);
        return recorded(reply.text(), reply.blocks());
    }

    static ActionResponse onlyTheWriter() {
        return ActionResponse.builder()
                .replaceOriginal(false)
                .responseType("ephemeral")
                .text(":thinking_face: Only the person who wrote this can record it.")
                .build();
    }
}
