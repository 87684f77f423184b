package dev.followthrough.promise;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfiles;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A message typed to the app in its Messages tab, read like {@code /promise} text: the app answers
 * with how it read it and a "Record it" button, and the promise is saved on that one tap (a
 * recurring one as its series and first occurrence, as {@code /promise} saves it). Slack
 * delivers an event again when it thinks the first went unanswered: an event id seen before
 * changes nothing.
 */
final class DirectMessages {

    private final Jdbi jdbi;
    private final RequestLedger requests;
    private final RecordingAPromise recording;
    private final SubcommandOrPromise words;
    private final Outbox outbox;
    private final SlackPlatform slack;
    private final UserProfiles profiles;
    private final CalendarLinks calendar;

    DirectMessages(
            Jdbi jdbi,
            RequestLedger requests,
            RecordingAPromise recording,
            SubcommandOrPromise words,
            Outbox outbox,
            SlackPlatform slack,
            UserProfiles profiles,
            CalendarLinks calendar) {
        this.profiles = profiles;
        this.jdbi = jdbi;
        this.requests = requests;
        this.recording = recording;
        this.words = words;
        this.outbox = outbox;
        this.slack = slack;
        this.calendar = calendar;
    }

    Response typed(EventsApiPayload<MessageEvent> payload, EventContext context) {
        var event = payload.getEvent();
        var text = event.getText() == null ? "" : event.getText().strip();
        // Bots (this app included), replies in a thread and anything but a DM to the app are not promises.
        if (!"im".equals(event.getChannelType())
                || event.getBotId() != null
                || event.getUser() == null
                || event.getThreadTs() != null
                || text.isEmpty()) {
            return context.ack();
        }
        var teamId = payload.getTeamId();
        var typed = new TypedMessage(event.getChannel(), event.getTs(), event.getUser());
        var request = typed.request(teamId, text);
        var reply = reply(request, typed, text);
        var firstTime = jdbi.inTransaction(handle -> {
            var claimed = requests.claim(handle, teamId, "event:" + payload.getEventId(), null);
            if (claimed && reply.isPresent()) {
                outbox.enqueue(handle, post(request, typed, reply.get()));
            }
            return claimed;
        });
        if (firstTime && reply.isEmpty()) {
            // A first message from someone Slack hasn't described yet: answered once it has.
            profiles.whenLookedUp(teamId, typed.userId())
                    .whenComplete((profile, failure) -> slack.afterAck("answering a promise typed to the app", () -> {
                        var late = reply(request, typed, text)
                                .orElseGet(() -> DirectMessageReplies.refused(RecordingAPromise.NO_PROFILE));
                        jdbi.useTransaction(handle -> outbox.enqueue(handle, post(request, typed, late)));
                    }));
        }
        return context.ack();
    }

    /** The answer, in the DM it was typed in; keyed on that message, so it is posted once. */
    private static OutboxMessage post(
            RecordingAPromise.Request request, TypedMessage typed, DirectMessageReplies.Reply reply) {
        return OutboxMessage.post(
                request.teamId(),
                "typed:" + typed.channelId() + ":" + typed.ts(),
                typed.channelId(),
                reply.text(),
                BlockJson.of(reply.blocks()),
                Optional.empty(),
                Optional.empty());
    }

    /** What to answer, or nothing yet while Slack is still asked who the writer is (their zone). */
    private Optional<DirectMessageReplies.Reply> reply(
            RecordingAPromise.Request request, TypedMessage typed, String text) {
        if (text.length() > PromiseCommand.MAXIMUM_LENGTH) {
            return Optional.of(
                    DirectMessageReplies.refused("That's " + text.length() + " characters; a promise can be at most "
                            + PromiseCommand.MAXIMUM_LENGTH + ". Keep it to the one next step."));
        }
        var subcommand = words.typo(text);
        if (subcommand.isPresent()) {
            return Optional.of(DirectMessageReplies.subcommand(subcommand.get()));
        }
        var read = recording.preview(request);
        if (read instanceof RecordingAPromise.Readable readable) {
            return Optional.of(DirectMessageReplies.confirm(
                    readable.draft(), readable.owner(), readable.recurring(), typed.value(text)));
        }
        if (read instanceof RecordingAPromise.NeedsChoice needsChoice) {
            var asked = new Choices().ask(request, needsChoice);
            return Optional.of(new DirectMessageReplies.Reply(asked.text(), asked.blocks()));
        }
        if (read instanceof RecordingAPromise.Refused refused) {
            return Optional.of(DirectMessageReplies.refused(refused.reason()));
        }
        return Optional.empty();
    }

    /** "Record it": saved once for the message it answers, however often it is pressed. */
    Response recordIt(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var pressed = TypedMessage.of(payload.getActions().get(0).getValue());
        var userId = payload.getUser().getId();
        var url = payload.getResponseUrl();
        if (pressed.isEmpty() || !pressed.get().typed().userId().equals(userId)) {
            answerLater(url, DirectMessageReplies.onlyTheWriter());
            return context.ack();
        }
        var typed = pressed.get().typed();
        var promise = typed.request(payload.getTeam().getId(), pressed.get().text());
        var outcome = recording.record(
                promise,
                (commitment, owner, writtenIn, recurring) -> json(DirectMessageReplies.recorded(
                        PromiseMessages.recordedText(commitment, owner.locale(), writtenIn),
                        PromiseMessages.recorded(commitment, owner.locale(), calendar, writtenIn, recurring))));
        if (outcome instanceof RecordingAPromise.Recorded recorded) {
            answerLater(url, recorded.answer());
        } else if (outcome instanceof RecordingAPromise.Repeated repeated) {
            answerLater(url, repeated.answer());
        } else if (outcome instanceof RecordingAPromise.NeedsChoice needsChoice) {
            var asked = new Choices().ask(promise, needsChoice);
            answerLater(url, json(DirectMessageReplies.recorded(asked.text(), asked.blocks())));
        } else if (outcome instanceof RecordingAPromise.Refused refused) {
            answerLater(url, json(DirectMessageReplies.refusedAnswer(refused.reason())));
        } else {
            answerLater(url, json(DirectMessageReplies.refusedAnswer(RecordingAPromise.NO_PROFILE)));
        }
        return context.ack();
    }

    private void answerLater(String url, String json) {
        if (url != null) {
            slack.afterAck("answering a promise typed to the app", () -> slack.respond(url, json));
        }
    }

    private void answerLater(String url, ActionResponse response) {
        answerLater(url, json(response));
    }

    private static String json(ActionResponse response) {
        return GsonFactory.createSnakeCase().toJson(BlockKitFit.response(response));
    }
}
