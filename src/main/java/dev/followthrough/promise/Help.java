package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** {@code /promise help}: what Followthrough does and how to say things to it. */
final class Help {

    static final String TEXT =
            "Record a promise with /promise, e.g. /promise send Acme the revised proposal by Fri 2pm";

    private Help() {}

    static List<LayoutBlock> blocks() {
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
                        *More*
                        • `/promise list`: your open promises, soonest first
                        • `/promise cancel`: call one off, with a reason if you like
                        • `/promise channel`: how this channel hears about its promises
                        • `/promise settings`: when you're reminded, your working hours
                        • `/promise score`: your follow-through score card
                        • `/promise digest`: your weekly digest, now, in your DMs
                        • `/promise help`: this message"""))),
                context(List.of(markdownText(
                        "Deadlines are read in your Slack time zone: `by Fri 2pm`, `tomorrow`, `EOD`, `12/3`,"
                                + " `Dec 3 10am`, `in 3 days`. A date without a time means the end of your working"
                                + " day."))));
    }
}
