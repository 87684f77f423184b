package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.Ambiguity;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PromiseDraft;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ambiguous deadline ("next Friday", "3/4") is never guessed: the owner is shown the readings as
 * buttons, and the promise is saved only when one is picked. Each button carries its whole draft,
 * so nothing waits in the database for a click that may never come.
 */
final class Choices {

    static final String PICK = "promise_pick";
    /** Slack refuses a button value over 2,000 characters. */
    private static final int VALUE_LIMIT = 2000;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** What a button carries: the request it answers and the draft with one reading picked. */
    record Pick(
            String requestKey,
            String ownerId,
            String channelId,
            String what,
            String counterpartyUserId,
            String counterpartyName,
            String direction,
            Long dueEpochSecond,
            Long targetEpochSecond,
            String phrase,
            String zone) {

        /** The picked draft; a button from before zones were carried was read in the owner's. */
        PromiseDraft draft(ZoneId ownersZone) {
            Optional<Counterparty> counterparty = counterpartyUserId != null
                    ? Optional.of(Counterparty.slackUser(counterpartyUserId))
                    : Optional.ofNullable(counterpartyName).map(Counterparty::named);
            Deadline deadline = dueEpochSecond != null
                    ? new Deadline.Hard(
                            Instant.ofEpochSecond(dueEpochSecond), phrase, zone == null ? ownersZone : ZoneId.of(zone))
                    : new Deadline.Soft(Optional.ofNullable(targetEpochSecond).map(Instant::ofEpochSecond), phrase);
            return new PromiseDraft(what, counterparty, Direction.valueOf(direction), deadline);
        }

        Optional<String> channel() {
            return Optional.ofNullable(channelId);
        }

        static Pick parse(String value) {
            return GSON.fromJson(value, Pick.class);
        }
    }

    String question(RecordingAPromise.Request request, RecordingAPromise.NeedsChoice needsChoice) {
        var asked = ask(request, needsChoice);
        return asked.blocks().isEmpty()
                ? SlackAnswers.ephemeral(asked.text())
                : SlackAnswers.ephemeral(asked.text(), asked.blocks());
    }

    /** The question and its buttons, or (without blocks) why it can't be asked with buttons. */
    record Asked(String text, List<LayoutBlock> blocks) {}

    Asked ask(RecordingAPromise.Request request, RecordingAPromise.NeedsChoice needsChoice) {
        var reading = needsChoice.reading();
        var owner = needsChoice.owner();
        var buttons = new ArrayList<BlockElement>();
        for (var index = 0; index < reading.readings().size(); index++) {
            var draft = reading.choose(index);
            var value = GSON.toJson(pick(request, draft));
            if (value.length() > VALUE_LIMIT) {
                return new Asked(
                        ":thinking_face: \"" + reading.phrase() + "\" could mean more than one day. Please say the"
                                + " date itself, like \"Dec 4\", and try again. Nothing was saved.",
                        List.of());
            }
            var label = draft.deadline() instanceof Deadline.Hard hard
                    ? DueText.plain(hard.due(), owner.zone(), owner.locale())
                            + AsWritten.note(hard.due(), owner.zone(), hard.zone(), owner.locale())
                                    .replace(", as you wrote it", "")
                    : "No firm date";
            buttons.add(button(button -> button.actionId(PICK + "_" + buttons.size())
                    .text(plainText(label))
                    .value(value)));
        }
        var question =
                ":calendar: *" + Mrkdwn.escape(reading.what()) + "*: " + Mrkdwn.escape(why(reading, owner.locale()));
        List<LayoutBlock> blocks = List.of(
                section(section -> section.text(markdownText(question))),
                actions(actions -> actions.blockId("promise_choices").elements(buttons)));
        return new Asked(Mrkdwn.plain(question), blocks);
    }

    /** Why the deadline is asked about: the day it could be, or the clock change that makes a time unclear. */
    static String why(PromiseReading.Ambiguous reading, Locale locale) {
        var day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        if (reading.why() instanceof Ambiguity.ClockChange change) {
            var wall = DateTimeFormatter.ofPattern("h:mm a", locale).format(change.time());
            var clock = DateTimeFormatter.ofPattern("H:mm", locale);
            var where =
                    " on " + day.format(change.date()) + " in " + Ambiguity.placeOf(change.zone()) + ": the clocks ";
            var jump = clock.format(change.from()) + " to " + clock.format(change.to()) + ". Which did you mean?";
            return change.gap()
                    ? wall + " doesn't happen" + where + "jump from " + jump
                    : wall + " happens twice" + where + "go back from " + jump;
        }
        if (reading.why() instanceof Ambiguity.ZoneDay zoneDay) {
            return "\"" + reading.phrase() + "\": it's " + day.format(zoneDay.ownersDay()) + " where you are but "
                    + day.format(zoneDay.zonesDay()) + " in " + Ambiguity.placeOf(zoneDay.zone())
                    + ", so it could mean either day. Which one did you mean?";
        }
        return "\"" + reading.phrase() + "\" could mean more than one day. Which one did you mean?";
    }

    private static Pick pick(RecordingAPromise.Request request, PromiseDraft draft) {
        var deadline = draft.deadline();
        return new Pick(
                request.requestKey(),
                request.userId(),
                request.channelId().orElse(null),
                draft.what(),
                draft.counterparty().flatMap(Counterparty::slackUserId).orElse(null),
                draft.counterparty().flatMap(Counterparty::freeText).orElse(null),
                draft.direction().name(),
                deadline instanceof Deadline.Hard hard ? hard.due().getEpochSecond() : null,
                deadline instanceof Deadline.Soft soft
                        ? soft.target().map(Instant::getEpochSecond).orElse(null)
                        : null,
                deadline.phrase(),
                deadline instanceof Deadline.Hard hard ? hard.zone().getId() : null);
    }
}
