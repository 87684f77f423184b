package dev.followthrough.promise;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Text that begins with a sub-command word and goes on ({@code /promise list overdue}, {@code
 * /promise cancel send the deck to Initech}): a typo of the sub-command, answered with "Did you
 * mean …?" and nothing saved, unless it is a promise that merely begins with a common verb.
 *
 * <p>It is a promise when it says by when and the task is more than the word itself: "list the
 * prices for Acme by Friday" is one; "list overdue", "score this week" and "help me" are not. A
 * typo rarely carries a deadline, and a real promise without one can be said again with one, as
 * the answer suggests, where a wrong guess would have saved a promise named "list overdue".
 */
final class SubcommandOrPromise implements Subcommand {

    private static final DeadlineContext ANY_ZONE = DeadlineContext.of(ZoneOffset.UTC, Locale.US);

    private final PromiseCommand promises;
    private final PromiseParser parser;

    SubcommandOrPromise(PromiseCommand promises, PromiseParser parser) {
        this.promises = promises;
        this.parser = parser;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String text, SlashCommandContext context) {
        var typedWord = text.split("\\s+", 2)[0];
        var word = Help.word(typedWord);
        if (word.isEmpty() || (word.get().beginsPromises() && isAPromise(text))) {
            return promises.handle(payload, text, context);
        }
        return SlackAnswers.response(SlackAnswers.ephemeral(didYouMean(word.get(), text)));
    }

    /**
     * Anything typed that starts with no sub-command: a promise, unless it is one word a letter away
     * from a sub-command's ({@code /promise teams}), which gets "Did you mean …?" and nothing saved.
     */
    Response promiseUnlessASlip(SlashCommandPayload payload, String text, SlashCommandContext context) {
        var nearly = Help.nearly(text);
        if (nearly.isPresent()) {
            return SlackAnswers.response(SlackAnswers.ephemeral(didYouMeanInstead(nearly.get())));
        }
        return promises.handle(payload, text, context);
    }

    /**
     * The sub-command {@code text} names, typed alone or followed by what it doesn't take, when it
     * is no promise: for a message typed to the app, which has no sub-commands.
     */
    Optional<Help.Word> typo(String text) {
        var word = Help.word(text.split("\\s+", 2)[0]);
        if (word.isEmpty() || (word.get().beginsPromises() && isAPromise(text))) {
            return Optional.empty();
        }
        return word;
    }

    /**
     * Whether {@code text} is a promise that merely begins with a sub-command's word: it says by when,
     * and the task is more than the word itself ("with the team, send the deck by Fri").
     */
    boolean isAPromise(String text) {
        // Whether a deadline was written, not which moment it means: no need to wait for the zone.
        var reading = parser.read(text, ANY_ZONE);
        if (reading instanceof PromiseReading.Parsed parsed) {
            return !parsed.draft().deadline().phrase().isEmpty()
                    && moreThanOneWord(parsed.draft().what());
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            return moreThanOneWord(ambiguous.what());
        }
        // A deadline that can't be kept ("by 9am" already past, here): read in the writer's own zone,
        // it is saved or refused with its reason, and a typo hardly ever has one.
        return reading instanceof PromiseReading.Invalid;
    }

    private static boolean moreThanOneWord(String task) {
        return task.strip().split("\\s+").length > 1;
    }

    static String didYouMeanInstead(Help.Word word) {
        return ":thinking_face: Did you mean " + word.command() + " (" + word.does() + ")? Nothing was saved.\nIf it's"
                + " a promise, say what and by when, e.g. " + Help.EXAMPLE + ".";
    }

    static String didYouMean(Help.Word word, String text) {
        var answer = ":thinking_face: Did you mean " + word.command() + " (" + word.does() + ")? It takes nothing"
                + " after the word. Nothing was saved.";
        if (!word.beginsPromises()) {
            return answer;
        }
        var typed = Mrkdwn.shorten(text, 200).replace("`", "'");
        return answer + "\nIf it's a promise, say by when, e.g. `/promise " + typed + " by Fri 2pm`.";
    }
}
