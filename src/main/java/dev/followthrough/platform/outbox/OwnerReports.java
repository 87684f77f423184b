package dev.followthrough.platform.outbox;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.WholeText;
import java.util.ArrayList;
import java.util.Optional;

/** What the owner is told when a message sent on their behalf didn't arrive, or arrived cut short. */
final class OwnerReports {

    private OwnerReports() {}

    static OutboxMessage undelivered(OutboxMessage failed, Confirmation confirmation, String reason) {
        var headline = ":warning: I couldn't deliver " + confirmation.undelivered() + ": "
                + SlackErrorsInWords.of(reason) + ". Nothing reached them, so here it is to send yourself:";
        return report(failed, confirmation, ":undelivered", headline);
    }

    static OutboxMessage arrivedShortened(OutboxMessage sent, Confirmation confirmation) {
        var headline = ":scissors: Slack wouldn't take all of " + confirmation.undelivered()
                + " at once, so only a shortened version arrived. Here's all of it, to send yourself:";
        return report(sent, confirmation, ":shortened", headline);
    }

    private static OutboxMessage report(
            OutboxMessage about, Confirmation confirmation, String suffix, String headline) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(headline))));
        blocks.addAll(WholeText.toCopy(confirmation.textToCopy()));
        return OutboxMessage.post(
                about.teamId(),
                about.dedupeKey() + suffix,
                confirmation.ownerId(),
                Mrkdwn.plain(headline),
                BlockJson.of(blocks),
                Optional.empty(),
                about.commitmentId());
    }
}
