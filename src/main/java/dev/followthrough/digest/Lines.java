package dev.followthrough.digest;

import java.util.List;

/**
 * A heading and a bulleted list as one section's mrkdwn, within Slack's limits: at most {@code
 * shown} lines, never more than a section holds; the rest summed up as "and N more".
 */
final class Lines {

    /** Slack refuses a section text over 3000 characters; the rest is room for "and N more". */
    static final int SECTION_LIMIT = 3000;

    private static final int ROOM = SECTION_LIMIT - 100;

    private Lines() {}

    static String list(String heading, List<String> lines, int shown) {
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
            text.append("\n").append(andMore(lines.size() - written));
        }
        return text.toString();
    }

    static String andMore(int count) {
        return "_…and " + count + " more: see the Home tab._";
    }
}
