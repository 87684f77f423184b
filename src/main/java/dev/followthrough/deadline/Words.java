package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a promise left once its deadline is taken out, by position. Keeps track of where
 * words were cut so that a name never runs across the gap.
 */
final class Words {

    private final String typed;
    private final List<Token> tokens;
    private final List<Integer> kept;

    Words(String typed, List<Token> tokens, int cutFrom, int cutTo) {
        this(typed, tokens, cutFrom, cutTo, cutTo, cutTo);
    }

    /** Cuts the words from {@code cutFrom} to {@code cutTo} but those from {@code keepFrom} to {@code keepTo}. */
    Words(String typed, List<Token> tokens, int cutFrom, int cutTo, int keepFrom, int keepTo) {
        this.typed = typed;
        this.tokens = tokens;
        this.kept = new ArrayList<>();
        for (int index = 0; index < tokens.size(); index++) {
            boolean cut = index >= cutFrom && index < cutTo && (index < keepFrom || index >= keepTo);
            if (!cut) {
                kept.add(index);
            }
        }
    }

    int size() {
        return kept.size();
    }

    Token get(int position) {
        return tokens.get(kept.get(position));
    }

    boolean is(int position, String... words) {
        return position >= 0 && position < kept.size() && get(position).is(words);
    }

    boolean is(int position, Set<String> words) {
        return position >= 0
                && position < kept.size()
                && words.contains(get(position).norm());
    }

    /** Whether the two positions were next to each other in the typed text. */
    boolean adjacent(int position, int next) {
        return next < kept.size() && kept.get(next) == kept.get(position) + 1;
    }

    /** Whether the words at these positions are directly followed by a comma or similar in the text. */
    boolean endsClause(int position) {
        String text = get(position).text();
        return text.endsWith(",") || text.endsWith(";") || text.endsWith(".") || text.endsWith(":");
    }

    /** The typed text from one position to another (exclusive), with a single space over any cut. */
    String text(int from, int to) {
        StringBuilder text = new StringBuilder();
        int runStart = from;
        for (int position = from; position < to; position++) {
            boolean runEnds = position + 1 == to || !adjacent(position, position + 1);
            if (runEnds) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(typed, get(runStart).start(), get(position).end());
                runStart = position + 1;
            }
        }
        return text.toString();
    }
}
