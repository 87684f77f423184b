package dev.followthrough.relationship;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.platform.slack.Mrkdwn;
import java.util.List;
import java.util.Locale;

/** {@code /promise with} alone, and a name that matches none: the user's relationships, a line each. */
final class ListBlocks {

    /** Lines the list shows; the rest is "and N more". */
    static final int LINES = 20;

    /** Names a no-match answer offers. */
    static final int CLOSEST = 8;

    static final String NONE_YET = "You have no promises with anyone yet. Say who a promise is for and I'll keep the"
            + " record: `/promise send Acme the revised proposal by Fri 2pm`.";

    static final String HOW_TO_SEE_ONE = "`/promise with Acme` or `/promise with @someone` for one whole record.";

    private ListBlocks() {}

    static List<LayoutBlock> all(List<Relationship> relationships, Locale locale) {
        if (relationships.isEmpty()) {
            return List.of(markdown(":handshake: " + NONE_YET));
        }
        var ordered = Relationship.needingAttentionFirst(relationships);
        return List.of(
                markdown(Lists.list(
                        ":handshake: *Your relationships* (" + relationships.size() + "), the ones to look at first"
                                + " on top",
                        ordered.stream()
                                .map(relationship -> RelationshipWords.line(relationship, locale))
                                .toList(),
                        LINES)),
                context(List.of(markdownText(HOW_TO_SEE_ONE))));
    }

    static String allText(List<Relationship> relationships) {
        return relationships.isEmpty()
                ? Mrkdwn.plain(NONE_YET)
                : "Your relationships: " + relationships.size() + ", the ones to look at first on top.";
    }

    static List<LayoutBlock> noMatch(String typed, Lookup.NotFound notFound) {
        var asTyped = "*" + Mrkdwn.escapeShortened(typed, RelationshipWords.NAME_LENGTH) + "*";
        if (notFound.closestFirst().isEmpty()) {
            return List.of(markdown(":thinking_face: I have no promises of yours with " + asTyped + ". " + NONE_YET));
        }
        return List.of(
                markdown(Lists.list(
                        ":thinking_face: I have no promises of yours with " + asTyped + ". The people and companies"
                                + " you do have, closest first:",
                        notFound.closestFirst().stream()
                                .map(relationship -> RelationshipWords.name(relationship) + " ("
                                        + promises(relationship.histories().size()) + ")")
                                .toList(),
                        CLOSEST,
                        "`/promise with` lists them all")),
                context(List.of(markdownText("Type the name as your promise has it, e.g. `/promise with Acme`;"
                        + " for a Slack user, mention them: `/promise with @someone`."))));
    }

    static String noMatchText(String typed) {
        return "I have no promises of yours with " + Mrkdwn.shorten(typed, RelationshipWords.NAME_LENGTH) + ".";
    }

    private static String promises(int count) {
        return count == 1 ? "1 promise" : count + " promises";
    }

    private static LayoutBlock markdown(String text) {
        return section(section -> section.text(markdownText(text)));
    }
}
