package dev.followthrough.platform.slack;

/** Slack's mrkdwn: user text escaped so it can't break formatting, and mentions kept working. */
public final class Mrkdwn {

    /** How much of a promise's text a one-line message shows: room is left for what follows it. */
    public static final int WHAT_IN_A_LINE = 600;

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

    /**
     * What a user wrote, escaped, and shortened to {@code most} characters when it is longer: for a
     * line that says more after it (a deadline, "has your message"), which must not be the part
     * Block Kit's limits cut off.
     */
    public static String escapeShortened(String text, int most) {
        return Shortening.shorten(escape(text), most);
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
