package dev.followthrough.export;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** What {@code /promise export} and its revoke button answer, to the user alone. */
final class ExportAnswers {

    /** The "Revoke this link" button; its value is the token of the link it revokes. */
    static final String REVOKE = "export_revoke";

    static final String NO_PUBLIC_URL = ":warning: I can't make a download link: this Followthrough has no public"
            + " address (`PUBLIC_URL` isn't set). Ask whoever runs it to set `PUBLIC_URL` to the https address"
            + " Slack reaches it at, then try `/promise export` again.";

    static final String REVOKED = ":lock: Revoked: that link answers nothing now."
            + " `/promise export` makes a new one whenever you want it.";

    static final String NOTHING_TO_REVOKE =
            "You have no ledger link to revoke (or it was revoked already). `/promise export` makes one.";

    private ExportAnswers() {}

    static String linkText(ExportLinks.Link link) {
        return "Your ledger as CSV: " + link.url();
    }

    static List<LayoutBlock> link(ExportLinks.Link link) {
        return List.of(
                section(section -> section.text(markdownText(":page_facing_up: <" + link.url()
                        + "|Download your ledger (CSV)>: every promise you made and every one owed to you,"
                        + " each change to it on a row of its own, with how each deadline ended."))),
                context(List.of(markdownText("Anyone with this link can download your ledger until you revoke it;"
                        + " `/promise export revoke` does too, and `/promise export` then makes a new one."))),
                actions(List.of(button(button -> button.actionId(REVOKE)
                        .text(plainText("Revoke this link"))
                        .style("danger")
                        .value(link.token())))));
    }
}
