package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfiles;
import java.util.List;
import java.util.Optional;

/** {@code /promise …} that is no sub-command: the text is a promise to record. */
final class PromiseCommand implements Subcommand {

    static final int MAXIMUM_LENGTH = 1000;

    private final RecordingAPromise recording;
    private final Choices choices;
    private final UserProfiles profiles;
    private final CalendarLinks calendar;
    private final SlackPlatform slack;

    PromiseCommand(
            RecordingAPromise recording,
            Choices choices,
            UserProfiles profiles,
            CalendarLinks calendar,
            SlackPlatform slack) {
        this.slack = slack;
        this.calendar = calendar;
        this.recording = recording;
        this.choices = choices;
        this.profiles = profiles;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String text, SlashCommandContext context) {
        if (text.length() > MAXIMUM_LENGTH) {
            return refuse("That's " + text.length() + " characters; a promise can be at most " + MAXIMUM_LENGTH
                    + ". Keep it to the one next step (\"send Acme the revised proposal by Fri 2pm\") and put"
                    + " the details in a thread.");
        }
        var inDirectMessage = isDirectMessage(payload.getChannelId(), payload.getChannelName());
        var promise = new RecordingAPromise.Request(
                payload.getTeamId(),
                payload.getUserId(),
                inDirectMessage ? Optional.empty() : Optional.ofNullable(payload.getChannelId()),
                // Slack's retries repeat the trigger_id; a new invocation always has a new one.
                "command:" + payload.getTriggerId(),
                text);
        // ExactlyOnce claimed this delivery and stores the ack for Slack's retries: one claim, one answer.
        var outcome = recording.recordClaimed(
                promise,
                (commitment, owner, writtenIn, recurring) ->
                        answer(commitment, owner, writtenIn, recurring, inDirectMessage),
                work -> slack.afterAck("asking for the names a promise mentions", work));
        if (outcome instanceof RecordingAPromise.WaitingForProfile) {
            answerOnceSlackSays(promise, payload.getResponseUrl(), inDirectMessage);
            return SlackAnswers.response(SlackAnswers.ephemeral(ONE_MOMENT));
        }
        return SlackAnswers.response(answer(outcome, promise));
    }

    static final String ONE_MOMENT = ":hourglass_flowing_sand: One moment: Slack is slow to tell me your time zone,"
            + " and I need it to read the deadline right. I'll answer here as soon as it does.";

    private String answer(
            dev.followthrough.commitment.Commitment commitment,
            dev.followthrough.user.UserProfile owner,
            java.time.ZoneId writtenIn,
            Optional<dev.followthrough.deadline.Schedule> recurring,
            boolean inDirectMessage) {
        var locale = owner.locale();
        var blocks = PromiseMessages.recorded(commitment, locale, calendar, writtenIn, recurring);
        var summary = PromiseMessages.recordedText(commitment, locale, writtenIn)
                + recurring
                        .map(schedule -> " " + PromiseMessages.recurringNote(schedule, locale))
                        .orElse("");
        return inDirectMessage ? SlackAnswers.ephemeral(summary, blocks) : SlackAnswers.inChannel(summary, blocks);
    }

    /**
     * A user Slack hasn't described yet: the ack went back at once; the promise is read, saved and
     * answered through the response URL when Slack's answer arrives (or refused if it never does).
     */
    private void answerOnceSlackSays(RecordingAPromise.Request promise, String responseUrl, boolean inDirectMessage) {
        profiles.whenLookedUp(promise.teamId(), promise.userId())
                .whenComplete((profile, failure) -> slack.afterAck("recording a promise once Slack answered", () -> {
                    var outcome = recording.record(
                            promise,
                            (commitment, owner, writtenIn, recurring) ->
                                    answer(commitment, owner, writtenIn, recurring, inDirectMessage));
                    var json = outcome instanceof RecordingAPromise.WaitingForProfile
                            ? SlackAnswers.ephemeral(
                                    ":thinking_face: " + RecordingAPromise.NO_PROFILE + " Nothing was saved.")
                            : answer(outcome, promise);
                    slack.respond(responseUrl, json);
                }));
    }

    /** The answer JSON for what recording said. */
    private String answer(RecordingAPromise.Outcome outcome, RecordingAPromise.Request promise) {
        if (outcome instanceof RecordingAPromise.Recorded recorded) {
            return recorded.answer();
        }
        if (outcome instanceof RecordingAPromise.Repeated repeated) {
            return repeated.answer();
        }
        if (outcome instanceof RecordingAPromise.NeedsChoice needsChoice) {
            return choices.question(promise, needsChoice);
        }
        // A promise that can't be read gets its reason and one example: what to type instead.
        var reason = ((RecordingAPromise.Refused) outcome).reason();
        var blocks = List.<LayoutBlock>of(
                section(section ->
                        section.text(markdownText(":thinking_face: " + Mrkdwn.escape(reason) + " Nothing was saved."))),
                context(List.of(markdownText("For example: " + Help.EXAMPLE + " · `/promise help` for more"))));
        return SlackAnswers.ephemeral(reason + " Nothing was saved.", blocks);
    }

    private static Response refuse(String reason) {
        return SlackAnswers.response(SlackAnswers.ephemeral(":thinking_face: " + reason + " Nothing was saved."));
    }

    static boolean isDirectMessage(String channelId, String channelName) {
        return "directmessage".equals(channelName) || (channelId != null && channelId.startsWith("D"));
    }
}
