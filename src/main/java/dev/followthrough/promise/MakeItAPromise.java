package dev.followthrough.promise;

import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The "Make it a promise" message shortcut: the promise form, filled in from the message (its
 * text as the task, a deadline it states as "By when?", a schedule it states as "Repeats", its
 * author as the counterparty), linked back to it so reminders thread there.
 */
final class MakeItAPromise {

    static final String CALLBACK_ID = "make_it_a_promise";

    private final SlackPlatform slack;
    private final PromiseForms forms;
    private final PromiseParser parser;
    private final PromiseFormReading reading;
    private final UserProfiles profiles;
    // Without an executor, supplyAsync starts a thread per call on a machine of fewer than 3 cores.
    private final ThreadPoolExecutor permalinks = new ThreadPoolExecutor(
            PERMALINKS_AT_ONCE, PERMALINKS_AT_ONCE, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), runnable -> {
                var thread = new Thread(runnable, "permalinks");
                thread.setDaemon(true);
                return thread;
            });

    MakeItAPromise(
            SlackPlatform slack,
            PromiseForms forms,
            PromiseParser parser,
            PromiseFormReading reading,
            UserProfiles profiles) {
        this.slack = slack;
        this.forms = forms;
        this.parser = parser;
        this.reading = reading;
        this.profiles = profiles;
        permalinks.allowCoreThreadTimeOut(true);
    }

    Response apply(MessageShortcutRequest request, MessageShortcutContext context) {
        var payload = request.getPayload();
        var message = payload.getMessage();
        var channelId = payload.getChannel().getId();
        var messageTs = message == null ? payload.getMessageTs() : message.getTs();
        var author = Optional.ofNullable(message == null ? null : message.getUser())
                .filter(user -> !user.equals(payload.getUser().getId()));
        var text = message == null || message.getText() == null
                ? ""
                : Mrkdwn.shorten(message.getText().strip(), 1000);
        var presser = payload.getUser().getId();
        var teamId = payload.getTeam().getId();
        // After the ack: the link is a Web API call, and the trigger_id lives 3 s, so the link gets one.
        slack.afterAck("linking the form to its message", () -> {
            var owner = profiles.lookup(teamId, presser);
            var schedule = owner.flatMap(profile -> scheduleIn(text, profile));
            var deadline = schedule.isPresent()
                    ? Optional.<String>empty()
                    : owner.flatMap(profile -> deadlineIn(text, profile));
            var task = schedule.map(repeats -> repeats.task())
                    .or(() -> deadline.map(phrase -> without(text, phrase)))
                    .orElse(text);
            var prefill = new PromiseModal.Prefill(
                    task,
                    author.map(Counterparty::slackUser),
                    Direction.MINE,
                    deadline.orElse(""),
                    Optional.of(channelId));
            if (schedule.isPresent()) {
                var phrase = schedule.get().phrase();
                prefill = prefill.repeating(phrase, reading.repeatsHint(phrase, owner.get()));
            }
            var hint = deadline.map(phrase -> reading.hint(phrase, owner.get())).orElse(PromiseModal.DEFAULT_HINT);
            var permalink = permalink(teamId, channelId, messageTs);
            var metadata = "message|" + channelId + "|" + messageTs + "|" + permalink.orElse("");
            forms.open(
                    payload.getTeam().getId(),
                    payload.getTriggerId(),
                    PromiseModal.view(metadata, prefill, false, hint));
        });
        return context.ack();
    }

    /** The deadline the message states ("…by Thursday 3pm?"), as written, if it states one still ahead. */
    private Optional<String> deadlineIn(String text, UserProfile owner) {
        var read = parser.read(text, owner.deadlineContext());
        var phrase = read instanceof PromiseReading.Parsed parsed
                ? parsed.draft().deadline().phrase()
                : read instanceof PromiseReading.Ambiguous ambiguous ? ambiguous.phrase() : "";
        return Optional.of(phrase).filter(written -> !written.isEmpty() && text.contains(written));
    }

    /** A schedule the message states ("every Friday …"): its words as written, and the task without them. */
    private record Repeats(String phrase, String task) {}

    /**
     * The schedule the message states, if it reads as a recurring promise: "Repeats" gets its
     * words, "What" the rest (as written where the words sit together, else as the reading has it).
     */
    private Optional<Repeats> scheduleIn(String text, UserProfile owner) {
        if (!(parser.read(text, owner.deadlineContext()) instanceof PromiseReading.Recurring recurring)) {
            return Optional.empty();
        }
        var phrase = recurring.schedule().phrase();
        var task = text.contains(phrase)
                ? without(text, phrase)
                : recurring.first().what();
        return Optional.of(new Repeats(phrase, task));
    }

    /** The message with its deadline taken out, as that has a field of its own now. */
    private static String without(String text, String phrase) {
        var at = text.indexOf(phrase);
        var task = (text.substring(0, at).stripTrailing() + " "
                        + text.substring(at + phrase.length()).stripLeading())
                .strip()
                .replaceAll("\\s+([?.!,])", "$1");
        return task.isEmpty() ? text : task;
    }

    /** The message's link, so the promise can point back at it; without it the promise still works. */
    private Optional<String> permalink(String teamId, String channelId, String messageTs) {
        CompletableFuture<Optional<String>> lookup;
        try {
            lookup = CompletableFuture.supplyAsync(
                    () -> permalinkFromSlack(teamId, channelId, messageTs), LogContext.carrying(permalinks));
        } catch (RejectedExecutionException tooManyAtOnce) {
            return Optional.empty();
        }
        try {
            return lookup.get(PERMALINK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrFailed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> permalinkFromSlack(String teamId, String channelId, String messageTs) {
        try {
            var response = slack.methods(teamId)
                    .chatGetPermalink(link -> link.channel(channelId).messageTs(messageTs));
            return response.isOk() ? Optional.ofNullable(response.getPermalink()) : Optional.empty();
        } catch (IOException | SlackApiException unreachable) {
            return Optional.empty();
        }
    }

    /** What the link may take of the trigger_id's 3 s before the form opens without it. */
    private static final Duration PERMALINK_WAIT = Duration.ofMillis(1500);

    /** Links asked for at once; past these and a short queue, a form opens without its link. */
    private static final int PERMALINKS_AT_ONCE = 4;
}
