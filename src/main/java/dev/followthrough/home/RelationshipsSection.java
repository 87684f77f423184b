package dev.followthrough.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.relationship.Relationship;
import dev.followthrough.relationship.RelationshipWords;
import java.util.List;
import java.util.Locale;

/**
 * The Home tab's "Relationships": a line per counterparty, the ones slipping on their side first, then
 * those with no next step. Two blocks whatever the count: the rest is "and N more".
 */
final class RelationshipsSection {

    /** Lines shown; {@code /promise with} lists them all. */
    static final int LINES = 6;

    private static final int SECTION_ROOM = 2900;

    private RelationshipsSection() {}

    static List<LayoutBlock> of(List<Relationship> relationships, Locale locale) {
        if (relationships.isEmpty()) {
            return List.of();
        }
        var text = new StringBuilder("*:handshake: Relationships* (" + relationships.size() + ")");
        var shown = 0;
        for (var relationship : Relationship.needingAttentionFirst(relationships)) {
            var line = RelationshipWords.line(relationship, locale);
            if (shown == LINES || text.length() + line.length() + 3 > SECTION_ROOM) {
                break;
            }
            text.append("\n• ").append(line);
            shown++;
        }
        if (shown < relationships.size()) {
            text.append("\n_…and ")
                    .append(relationships.size() - shown)
                    .append(" more: `/promise with` lists them all._");
        } else {
            text.append("\n_`/promise with Acme` for one whole record._");
        }
        return List.of(divider(), section(section -> section.text(markdownText(text.toString()))));
    }
}
