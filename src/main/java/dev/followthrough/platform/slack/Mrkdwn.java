package dev.followthrough.platform.slack;

/** Slack's mrkdwn: user text escaped so it can't break formatting, and mentions kept working. */
public final class Mrkdwn {

    private Mrkdwn() {}

    /**
     * Escapes {@code & < >} as Slack asks, but keeps user and channel mentions ({@code <@U123>},
     * {@code <#C123>}) intact so they still render as mentions.
     */
    public static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        var index = 0;
        while (index < text.length()) {
            var character = text.charAt(index);
            if (character == '<') {
                var close = text.indexOf('>', index);
                var candidate = close < 0 ? "" : text.substring(index, close + 1);
                if (candidate.matches("<[@#][UWC][A-Z0-9]+(\\|[^<>]*)?>")) {
                    escaped.append(candidate);
                    index = close + 1;
                    continue;
                }
                escaped.append("&lt;");
            } else if (character == '>') {
                escaped.append("&gt;");
            } else if (character == '&') {
                escaped.append("&amp;");
            } else {
                escaped.append(character);
            }
            index++;
        }
        return escaped.toString();
    }

    /** A notification line without emoji codes or bold markers. */
    public static String plain(String mrkdwn) {
        return mrkdwn.replaceAll(":[a-z_]+: ", "").replace("*", "");
    }

    /** Shortens long text for a list row, on a word boundary. */
    public static String shorten(String text, int maximum) {
        if (text.length() <= maximum) {
            return text;
        }
        var cut = text.lastIndexOf(' ', maximum - 1);
        return text.substring(0, cut > maximum / 2 ? cut : maximum - 1) + "…";
    }
}
