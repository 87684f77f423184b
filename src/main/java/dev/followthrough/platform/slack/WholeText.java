package dev.followthrough.platform.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Text a user wrote for someone else, as sections that carry all of it: escaped, then split over as
 * many sections as it needs on whitespace. {@link BlockKitFit} would shorten one long section; this
 * text must arrive whole.
 */
public final class WholeText {

    private WholeText() {}

    /** As a quote ({@code >} on every line). */
    public static List<LayoutBlock> quoted(String text) {
        return sections(Mrkdwn.escape(text), WholeText::quote);
    }

    /** In code blocks: exactly as written, ready to copy. */
    public static List<LayoutBlock> toCopy(String text) {
        return sections(Mrkdwn.escape(text.replace("```", "'''")), piece -> "```" + piece + "```");
    }

    private static List<LayoutBlock> sections(String escaped, UnaryOperator<String> wrap) {
        return Shortening.split(escaped, BlockKitFit.SECTION_TEXT, wrap).stream()
                .map(piece -> (LayoutBlock) section(section -> section.text(markdownText(wrap.apply(piece)))))
                .toList();
    }

    private static String quote(String text) {
        return ">" + text.replace("\n", "\n>");
    }
}
