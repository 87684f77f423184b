package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /promise help}: what Followthrough does and how to say things to it. */
final class Help {

    static final String TEXT =
            "Record a promise with /promise, e.g. /promise send Acme the revised proposal by Fri 2pm";

    /** The example a refusal ends with: one line, not the whole help. */
    static final String EXAMPLE = "`/promise send Acme the revised proposal by Fri 2pm`";

    /**
     * A word typed after {@code /promise}, what it does, and whether a promise may begin with it as
     * well ("list the prices for Acme by Friday", "cancel the offsite booking by Friday").
     */
    record Word(String word, String does, boolean beginsPromises) {

        String command() {
            return "`/promise " + word + "`";
        }
    }

    static final List<Word> WORDS = List.of(
            new Word("list", "your open promises, soonest first", true),
            new Word("done", "your open promises, each with a button to mark it done", false),
            new Word("cancel", "call one off, with a reason if you like", true),
            new Word("channel", "how this channel hears about its promises", false),
            new Word("team", "this channel's open promises by person, overdue first, and who keeps their word", true),
            new Word("settings", "when you're reminded, your working hours", false),
            new Word("score", "your follow-through score card", true),
            new Word("digest", "your weekly digest, now, in your DMs", false),
            new Word(
                    "with",
                    "your record with one person or company (`/promise with Acme`, `/promise with @someone`),"
                            + " or alone, with everyone",
                    true),
            new Word("export", "a link to download your ledger as CSV; `/promise export revoke` ends it", true),
            new Word("help", "what I understand, with examples", true));

    private Help() {}

    /** The sub-command {@code typed} names, in any case; {@code ?} is help, but begins no promise. */
    static Optional<Word> word(String typed) {
        var word = typed.toLowerCase(Locale.ROOT);
        if (word.equals("?")) {
            return word("help").map(help -> new Word(help.word(), help.does(), false));
        }
        return WORDS.stream().filter(known -> known.word().equals(word)).findFirst();
    }

    /**
     * The sub-command one word typed alone nearly is ("teams", "lsit", "scroe"): one letter added,
     * dropped, changed or two swapped, of a word of four letters or more. A promise is never one word.
     */
    static Optional<Word> nearly(String typed) {
        var word = typed.strip().toLowerCase(Locale.ROOT);
        if (!word.matches("\\p{L}+") || word(word).isPresent()) {
            return Optional.empty();
        }
        return WORDS.stream()
                .filter(known -> known.word().length() >= 4 && oneSlipApart(word, known.word()))
                .findFirst();
    }

    /** One letter added, dropped or changed, or two neighbours swapped. */
    private static boolean oneSlipApart(String typed, String known) {
        if (Math.abs(typed.length() - known.length()) > 1) {
            return false;
        }
        if (typed.length() == known.length()) {
            var differ = new java.util.ArrayList<Integer>();
            for (var index = 0; index < typed.length(); index++) {
                if (typed.charAt(index) != known.charAt(index)) {
                    differ.add(index);
                }
            }
            return differ.size() == 1
                    || (differ.size() == 2
                            && differ.get(1) == differ.get(0) + 1
                            && typed.charAt(differ.get(0)) == known.charAt(differ.get(1))
                            && typed.charAt(differ.get(1)) == known.charAt(differ.get(0)));
        }
        var longer = typed.length() > known.length() ? typed : known;
        var shorter = typed.length() > known.length() ? known : typed;
        for (var index = 0; index < longer.length(); index++) {
            if ((longer.substring(0, index) + longer.substring(index + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    static List<LayoutBlock> blocks() {
        var more = WORDS.stream()
                .map(word -> "• " + word.command() + ": " + word.does())
                .collect(Collectors.joining("\n", "*More*\n", ""));
        return List.of(
                section(section -> section.text(markdownText("""
                        *Keep the small promises that move work forward.* Tell me what you promised, to whom, \
                        and by when; I'll remind you before it's due and help you renegotiate if it slips."""))),
                section(section -> section.text(markdownText("""
                        *Your promises*
                        • `/promise send Acme the revised proposal by Fri 2pm`
                        • `/promise call <@U012AB3CD> back tomorrow 10am`
                        • `/promise share the pricing sheet with the buyer at Acme by Dec 3`
                        • `/promise draft the SOW for Globex in 2 weeks` _(soft: I'll ask you to pin it down)_"""))),
                section(section -> section.text(markdownText("""
                        *What others promised you*
                        • `/promise <@U012AB3CD> will send the PO by Tuesday`
                        • `/promise Acme said they'd sign by end of the month`"""))),
                section(section -> section.text(markdownText("""
                        *Promises that repeat*
                        • `/promise every Friday send the pipeline update to Acme`
                        • `/promise on the first Monday of every month send the usage report`
                        Each time comes due as a promise of its own; `/promise cancel` can end the series."""))),
                section(section -> section.text(markdownText(more))),
                context(List.of(markdownText(
                        "Deadlines are read in your Slack time zone: `by Fri 2pm`, `tomorrow`, `EOD`, `12/3`,"
                                + " `Dec 3 10am`, `in 3 days`. A date without a time means the end of your working"
                                + " day. You can also write a promise to me in my Messages tab, as you'd type it after"
                                + " `/promise`."))));
    }
}
