package dev.followthrough.deadline;

import java.util.regex.Pattern;

/** Renders what is left of the text as the task: mentions in Slack's plain form, no loose ends. */
final class TaskText {

    private static final Pattern USER = Pattern.compile("<@([A-Za-z0-9]+)\\|[^>]*>");
    private static final Pattern CHANNEL = Pattern.compile("<#([A-Za-z0-9]+)\\|[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String LOOSE_ENDS = ",;:-–—.!?…";

    private TaskText() {}

    static String render(String words) {
        String text = USER.matcher(words).replaceAll("<@$1>");
        text = CHANNEL.matcher(text).replaceAll("<#$1>");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        int from = 0;
        int to = text.length();
        while (from < to && (LOOSE_ENDS.indexOf(text.charAt(from)) >= 0 || text.charAt(from) == ' ')) {
            from++;
        }
        while (to > from && (LOOSE_ENDS.indexOf(text.charAt(to - 1)) >= 0 || text.charAt(to - 1) == ' ')) {
            to--;
        }
        return text.substring(from, to);
    }
}
