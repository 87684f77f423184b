package dev.followthrough.relationship;

import java.util.List;

/**
 * A heading and a bulleted list as one section's mrkdwn, within Slack's limits: at most {@code shown}
 * lines, never more than a section holds; the rest summed up as "and N more".
 */
final class Lists {

    /** Slack refuses a section text over 3000 characters; the rest is room for "and N more". */
    static final int SECTION_LIMIT = 3000;

    private static final int ROOM = SECTION_LIMIT - 100;

    private Lists() {}

    static String list(String heading, List<String> lines, int shown) {
        return list(heading, lines, shown, "");
    }

    /** {@code whereTheRestIs} follows "and N more" ("`/promise with` lists them all"). */
    static String list(String heading, List<String> lines, int shown, String whereTheRestIs) {
        var text = new StringBuilder(heading);
        var written = 0;
        for (var line : lines) {
            if (written == shown || text.length() + line.length() + 3 > ROOM) {
                break;
            }
            text.append("\n• ").append(line);
            written++;
        }
        if (written < lines.size()) {
            text.append("\n_…and ")
                    .append(lines.size() - written)
                    .append(" more")
                    .append(whereTheRestIs.isEmpty() ? "" : ": " + whereTheRestIs)
                    .append("._");
        }
        return text.toString();
    }
}
