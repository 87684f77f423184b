package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.PromiseWords;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.PlainNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form for a new deadline: renegotiating one's own (with a drafted message to the other
 * side), a new date for what someone owes, or firming up a soft promise.
 */
final class DeadlineForm {

    static final String CALLBACK_ID = "deadline_form";
    static final String DEADLINE = "deadline";
    static final String DATE = "date";
    static final String TIME = "time";
    static final String MESSAGE = "message";
    /** The owner's choice of a short note in the promise's channel thread. */
    static final String CHANNEL_NOTE = "channel_note";

    private static final String NOTE_CHOSEN = "note";
    /** Where the new deadline goes in the drafted message. */
    static final String NEW_TIME = Drafts.NEW_TIME;
    /**
     * The most the message may be, as typed: Slack's own most for a text input. It reaches the other
     * side whole however much escaping and the new time add (split over several sections).
     */
    static final int MESSAGE_MOST = 3000;

    enum Mode {
        RENEGOTIATE("Renegotiate", "Send"),
        NEW_DATE("New date", "Save"),
        FIRM_UP("Set a date", "Save");

        final String title;
        final String submit;

        Mode(String title, String submit) {
            this.title = title;
            this.submit = submit;
        }
    }

    private DeadlineForm() {}

    static View view(Mode mode, Forms.Opening opening, Instant now) {
        var locale = opening.locale();
        var commitment = opening.commitment();
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(intro(mode, commitment, locale, now)))));
        blocks.add(input(input -> input.blockId(DEADLINE)
                .optional(true)
                .label(plainText("New deadline"))
                .hint(plainText("Say it like you would to a colleague: \"Tue 10am\", \"Dec 3 2pm\", \"tomorrow EOD\"."))
                .element(plainTextInput(text -> text.actionId(DEADLINE).placeholder(plainText("Tue 10am"))))));
        blocks.add(input(input -> input.blockId(DATE)
                .optional(true)
                .label(plainText("…or pick a date"))
                .element(datePicker(picker -> picker.actionId(DATE)))));
        blocks.add(input(input -> input.blockId(TIME)
                .optional(true)
                .label(plainText("and a time (end of your day if none)"))
                .element(timePicker(picker -> picker.actionId(TIME)))));
        var onSlack =
                commitment.counterparty().flatMap(Counterparty::slackUserId).isPresent();
        if (mode == Mode.RENEGOTIATE && commitment.counterparty().isPresent()) {
            blocks.add(input(input -> input.blockId(MESSAGE)
                    .optional(true)
                    .label(plainText("Message to "
                            + opening.names().of(commitment.counterparty().orElseThrow(), "them")))
                    .hint(plainText(
                            onSlack
                                    ? "Sent to them as a DM from Followthrough. I'll tell you when it arrives."
                                    : opening.names()
                                                    .of(
                                                            commitment
                                                                    .counterparty()
                                                                    .orElseThrow(),
                                                            "They")
                                            + " isn't on Slack: you'll get it back ready to copy."))
                    .element(plainTextInput(text -> text.actionId(MESSAGE)
                            .multiline(true)
                            .maxLength(MESSAGE_MOST)
                            .initialValue(Drafts.renegotiation(
                                    commitment,
                                    opening.names().of(commitment.counterparty().orElseThrow(), "there"),
                                    now,
                                    locale))))));
            blocks.add(context(List.of(markdownText("Say it plainly, say what you're waiting on, and give the new"
                    + " specific time. `" + NEW_TIME + "` becomes the deadline you set above; put what you're"
                    + " waiting on in place of `" + Drafts.HOLDING_IT_UP + "` (it won't send with it still in)."))));
        }
        if (mode != Mode.FIRM_UP && commitment.channelId().isPresent()) {
            // An option's text holds 75 characters at most; the channel's mention takes 15.
            var note = OptionObject.builder()
                    .text(markdownText(
                            "Post a note in its <#" + commitment.channelId().get() + "> thread that it moved"))
                    .description(plainText("Only the new date, never your message"))
                    .value(NOTE_CHOSEN)
                    .build();
            blocks.add(input(input -> input.blockId(CHANNEL_NOTE)
                    .optional(true)
                    .label(plainText("The channel"))
                    .element(checkboxes(boxes -> boxes.actionId(CHANNEL_NOTE).options(List.of(note))))));
        }
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(opening.where().metadata(mode.name()))
                .title(ViewTitle.builder().type("plain_text").text(mode.title).build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(mode == Mode.RENEGOTIATE && !onSlack ? "Save" : mode.submit)
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }

    private static String intro(Mode mode, Commitment commitment, Locale locale, Instant now) {
        return switch (mode) {
            case RENEGOTIATE ->
                "Set a new deadline for " + PromiseWords.yourPromise(commitment) + " ("
                        + DueText.of(commitment, locale) + ")."
                        + (commitment.firmness() != Firmness.HARD
                                ? ""
                                : commitment.due().orElseThrow().isAfter(now)
                                        ? " Telling them before it passes keeps their trust."
                                        : " It has passed: own the miss plainly, then give a time you'll keep.");
            case NEW_DATE -> {
                var who = PromiseWords.party(commitment, "they");
                yield Task.of(commitment).isVerbPhrase()
                        ? "When will " + who + " " + PromiseWords.task(commitment) + " now?"
                        : "When will " + who + " deliver " + PromiseWords.task(commitment) + " now?";
            }
            case FIRM_UP -> "Give " + PromiseWords.yourPromise(commitment) + " a specific day and time.";
        };
    }

    /** Whether the owner left the channel note ticked. */
    static boolean noteChosen(ViewState state) {
        return ViewStates.value(state, CHANNEL_NOTE)
                .map(ViewState.Value::getSelectedOptions)
                .filter(options -> options.stream().anyMatch(option -> NOTE_CHOSEN.equals(option.getValue())))
                .isPresent();
    }

    /** The other side for mrkdwn: a Slack user as a mention; see {@link PlainNames} for plain text. */
    static String plainName(Commitment commitment) {
        return commitment
                .counterparty()
                .map(party -> party.freeText().orElse(party.display()))
                .orElse("there");
    }
}
