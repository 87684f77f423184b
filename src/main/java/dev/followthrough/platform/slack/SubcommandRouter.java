package dev.followthrough.platform.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which feature answers a slash command, by the words typed after it. Immutable: each
 * {@code with…} returns a new router, so it is built once, in {@code Application}, and read there.
 * Words are matched without regard to case.
 */
public final class SubcommandRouter implements SlashCommandHandler {

    private final Subcommand otherwise;
    private final Optional<Subcommand> nothingTyped;
    private final Optional<Subcommand> wordGoesOn;
    private final Map<String, Subcommand> wholeTexts;
    private final Map<String, Subcommand> firstWords;

    private SubcommandRouter(
            Subcommand otherwise,
            Optional<Subcommand> nothingTyped,
            Optional<Subcommand> wordGoesOn,
            Map<String, Subcommand> wholeTexts,
            Map<String, Subcommand> firstWords) {
        this.otherwise = otherwise;
        this.nothingTyped = nothingTyped;
        this.wordGoesOn = wordGoesOn;
        this.wholeTexts = Map.copyOf(wholeTexts);
        this.firstWords = Map.copyOf(firstWords);
    }

    /** A router that sends everything to {@code otherwise}, with all of the text as its arguments. */
    public static SubcommandRouter otherwise(Subcommand otherwise) {
        return new SubcommandRouter(otherwise, Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }

    /** The command with nothing after it. */
    public SubcommandRouter whenNothingTyped(Subcommand subcommand) {
        return new SubcommandRouter(otherwise, Optional.of(subcommand), wordGoesOn, wholeTexts, firstWords);
    }

    /**
     * Text that starts with a {@link #withWholeText whole-text} word and goes on ({@code /promise
     * list overdue}): a typo of the sub-command or a promise that starts with a common word, which
     * {@code subcommand} tells apart. It gets all of the text. Without it, such text goes to
     * {@code otherwise}.
     */
    public SubcommandRouter whenAWordGoesOn(Subcommand subcommand) {
        return new SubcommandRouter(otherwise, nothingTyped, Optional.of(subcommand), wholeTexts, firstWords);
    }

    /**
     * {@code word} typed alone; followed by more it goes to {@link #whenAWordGoesOn} ({@code
     * /promise list} lists, {@code /promise list the prices by Friday} is told apart there).
     */
    public SubcommandRouter withWholeText(String word, Subcommand subcommand) {
        return new SubcommandRouter(
                otherwise, nothingTyped, wordGoesOn, adding(wholeTexts, word, subcommand), firstWords);
    }

    /** {@code word} first, whatever follows: that is the sub-command's arguments. */
    public SubcommandRouter withFirstWord(String word, Subcommand subcommand) {
        return new SubcommandRouter(
                otherwise, nothingTyped, wordGoesOn, wholeTexts, adding(firstWords, word, subcommand));
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        var text = payload.getText() == null ? "" : payload.getText().strip();
        if (text.isEmpty() && nothingTyped.isPresent()) {
            return nothingTyped.get().handle(payload, "", context);
        }
        var keyword = text.toLowerCase(Locale.ROOT);
        if (wholeTexts.containsKey(keyword)) {
            return wholeTexts.get(keyword).handle(payload, "", context);
        }
        var firstWord = keyword.split("\\s+", 2)[0];
        if (firstWords.containsKey(firstWord)) {
            return firstWords
                    .get(firstWord)
                    .handle(payload, text.substring(firstWord.length()).strip(), context);
        }
        if (wholeTexts.containsKey(firstWord) && wordGoesOn.isPresent()) {
            return wordGoesOn.get().handle(payload, text, context);
        }
        return otherwise.handle(payload, text, context);
    }

    /** A word given twice would silently answer one way only: refused when the router is built. */
    private Map<String, Subcommand> adding(Map<String, Subcommand> words, String word, Subcommand subcommand) {
        if (!word.matches("\\S+") || !word.equals(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a sub-command is one lower-case word, not \"" + word + "\"");
        }
        if (wholeTexts.containsKey(word) || firstWords.containsKey(word)) {
            throw new IllegalArgumentException("\"" + word + "\" already has a sub-command");
        }
        var added = new HashMap<>(words);
        added.put(word, subcommand);
        return added;
    }
}
