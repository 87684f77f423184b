package dev.followthrough.platform.slack;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Cutting Slack text to a length without breaking what Slack parses: an entity ({@code &amp;}), a
 * mention, channel, link or date token ({@code <@U123>}, {@code <https://…|label>}, {@code
 * <!date^…|…>}), an emoji made of several code units, or a code block left open.
 */
public final class Shortening {

    private static final String ELLIPSIS = "…";
    private static final String FENCE = "```";
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#[0-9]{1,7});");

    private Shortening() {}

    /** {@code text} if it fits in {@code most} characters, else as much as fits, ending in "…". */
    public static String shorten(String text, int most) {
        if (text == null || text.length() <= most) {
            return text;
        }
        var kept = keep(text, most - ELLIPSIS.length());
        if (openFence(kept)) {
            return keep(text, most - ELLIPSIS.length() - FENCE.length()) + ELLIPSIS + FENCE;
        }
        return kept + ELLIPSIS;
    }

    /**
     * All of {@code text} in pieces, none of which is longer than {@code most} once {@code wrap}ped
     * (a quote's {@code >}, a code block's fences): split on whitespace where there is some in the
     * second half of a piece, else between tokens. Nothing is dropped but the whitespace split on.
     */
    public static List<String> split(String text, int most, UnaryOperator<String> wrap) {
        var pieces = new ArrayList<String>();
        var start = 0;
        while (start < text.length()) {
            var end = longestFitting(text, start, most, wrap);
            if (end < text.length()) {
                var safe = safeEnd(text, start, end);
                end = safe > start ? safe : end;
                var space = lastWhitespace(text, start + (end - start) / 2, end);
                if (space > start && safeEnd(text, start, space) == space) {
                    pieces.add(text.substring(start, space));
                    start = space + 1;
                    continue;
                }
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private static int longestFitting(String text, int start, int most, UnaryOperator<String> wrap) {
        if (wrap.apply(text.substring(start)).length() <= most) {
            return text.length();
        }
        // Wrapping only ever adds: the longer the piece, the longer its wrapped form.
        var low = start + 1;
        var high = text.length();
        while (low < high) {
            var middle = (low + high + 1) >>> 1;
            if (wrap.apply(text.substring(start, middle)).length() <= most) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static String keep(String text, int budget) {
        var cut = safeEnd(text, 0, budget);
        var space = lastWhitespace(text, budget * 4 / 5, cut);
        if (space > 0 && safeEnd(text, 0, space) == space) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing();
    }

    /** The latest position at or before {@code end} that cuts no token, entity or character apart. */
    static int safeEnd(String text, int start, int end) {
        var index = start;
        // Remembered between tokens, so text full of '<' is still read once.
        var close = -1;
        var nextOpen = -1;
        while (index < end) {
            var character = text.charAt(index);
            if (character == '<') {
                if (close != Integer.MAX_VALUE && close < index) {
                    close = text.indexOf('>', index);
                    close = close < 0 ? Integer.MAX_VALUE : close;
                }
                if (nextOpen != Integer.MAX_VALUE && nextOpen <= index) {
                    nextOpen = text.indexOf('<', index + 1);
                    nextOpen = nextOpen < 0 ? Integer.MAX_VALUE : nextOpen;
                }
                if (close != Integer.MAX_VALUE && nextOpen > close) {
                    if (close >= end) {
                        return index;
                    }
                    index = close + 1;
                    continue;
                }
            } else if (character == '&') {
                var entity = ENTITY.matcher(text).region(index, Math.min(text.length(), index + 10));
                if (entity.lookingAt()) {
                    if (entity.end() > end) {
                        return index;
                    }
                    index = entity.end();
                    continue;
                }
            }
            index++;
        }
        return characterBoundary(text, Math.min(end, text.length()), start);
    }

    /** Steps back to the start of a user-perceived character (a surrogate pair, an emoji sequence). */
    private static int characterBoundary(String text, int position, int floor) {
        if (position >= text.length()) {
            return position;
        }
        var characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        var boundary = characters.isBoundary(position) ? position : characters.preceding(position);
        // Java 17's character breaks don't join emoji sequences: keep a zero-width joiner with its neighbours.
        while (boundary > floor && (text.charAt(boundary) == '\u200D' || text.charAt(boundary - 1) == '\u200D')) {
            boundary = characters.preceding(boundary);
        }
        return Math.max(boundary, floor);
    }

    private static int lastWhitespace(String text, int from, int before) {
        for (var index = before - 1; index >= Math.max(from, 0); index--) {
            if (Character.isWhitespace(text.charAt(index))) {
                return index;
            }
        }
        return -1;
    }

    private static boolean openFence(String text) {
        var count = 0;
        for (var index = text.indexOf(FENCE); index >= 0; index = text.indexOf(FENCE, index + FENCE.length())) {
            count++;
        }
        return count % 2 == 1;
    }
}
