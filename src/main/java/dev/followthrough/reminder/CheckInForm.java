package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.platform.slack.Mrkdwn;
import java.util.List;

/**
 * The check-in to someone on Slack whose promise to the owner slipped: drafted, editable, and sent
 * as a DM from Followthrough when submitted (see {@link CheckingIn}).
 */
final class CheckInForm {

    static final String CALLBACK_ID = "check_in_form";
    static final String MESSAGE = "check_in";
    static final String MODE = "CHECK_IN";

    private CheckInForm() {}

    static View view(Forms.Opening opening) {
        var commitment = opening.commitment();
        var intro = "Check in on *" + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*.";
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(opening.where().metadata(MODE))
                .title(ViewTitle.builder().type("plain_text").text("Check in").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Send").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(List.of(
                        section(section -> section.text(markdownText(intro))),
                        input(input -> input.blockId(MESSAGE)
                                .label(plainText("Check-in to " + DeadlineForm.plainName(commitment)))
                                .hint(plainText(
                                        "Sent to them as a DM from Followthrough. I'll tell you when it arrives."))
                                .element(plainTextInput(text -> text.actionId(MESSAGE)
                                        .multiline(true)
                                        .maxLength(DeadlineForm.MESSAGE_MOST)
                                        .initialValue(TheirsMessages.checkIn(
                                                commitment, greeted(opening), opening.locale())))))))
                .build();
    }

    /** Who the check-in greets: their Slack name once known, else "there". */
    private static String greeted(Forms.Opening opening) {
        return opening.names().of(opening.commitment().counterparty().orElseThrow(), "there");
    }
}
