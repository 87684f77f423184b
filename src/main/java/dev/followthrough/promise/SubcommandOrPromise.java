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
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
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

    private final PromiseCommand promises;
    private final PromiseParser parser;
    private final UserProfiles profiles;

    SubcommandOrPromise(PromiseCommand promises, PromiseParser parser, UserProfiles profiles) {
        this.promises = promises;
        this.parser = parser;
        this.profiles = profiles;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String text, SlashCommandContext context) {
        var typedWord = text.split("\\s+", 2)[0];
        var word = Help.word(typedWord);
        if (word.isEmpty()
                || (word.get().beginsPromises() && isAPromise(payload.getTeamId(), payload.getUserId(), text))) {
            return promises.handle(payload, text, context);
        }
        return SlackAnswers.response(SlackAnswers.ephemeral(didYouMean(word.get(), text)));
    }

    /**
     * The sub-command {@code text} names, typed alone or followed by what it doesn't take, when it
     * is no promise: for a message typed to the app, which has no sub-commands.
     */
    Optional<Help.Word> typo(String teamId, String userId, String text) {
        var word = Help.word(text.split("\\s+", 2)[0]);
        if (word.isEmpty() || (word.get().beginsPromises() && isAPromise(teamId, userId, text))) {
            return Optional.empty();
        }
        return word;
    }

    private boolean isAPromise(String teamId, String userId, String text) {
        // The zone only decides which moment a deadline means, not whether one was written.
        var deadlines = profiles.lookup(teamId, userId)
                .map(UserProfile::deadlineContext)
                .orElseGet(() -> DeadlineContext.of(ZoneOffset.UTC, Locale.US));
        var reading = parser.read(text, deadlines);
        if (reading instanceof PromiseReading.Parsed parsed) {
            return !parsed.draft().deadline().phrase().isEmpty()
                    && moreThanOneWord(parsed.draft().what());
        }
        return reading instanceof PromiseReading.Ambiguous ambiguous && moreThanOneWord(ambiguous.what());
    }

    private static boolean moreThanOneWord(String task) {
        return task.strip().split("\\s+").length > 1;
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
