package dev.followthrough.relationship;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finding which of a user's relationships {@code /promise with …} means.
 *
 * <p>A Slack user ({@code <@U123|name>}, as Slack sends a mention) is that user. A name matches
 * without regard to case or spacing ("acme" is "Acme"), a Slack user by their display name too; with
 * no such match, a name matches every counterparty it is a whole word or words of: "Acme" is "Acme
 * Corp" and "the buyer at Acme" (shown as one record, each named), never "Acmeville". Nothing else
 * is guessed: no match answers with the counterparties there are, the closest spelling first.
 */
final class FindingTheCounterparty {

    /** A mention as Slack sends it in a command's text. */
    static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^<>]*)?>");

    private FindingTheCounterparty() {}

    /** {@code typed} among {@code relationships}; {@code knownName} is a Slack user's display name, if known. */
    static Lookup find(
            String typed,
            List<Relationship> relationships,
            Function<Relationship, Optional<String>> knownName,
            Instant now) {
        var mention = MENTION.matcher(typed.strip());
        if (mention.matches()) {
            var key = "user:" + mention.group(1);
            return relationships.stream()
                    .filter(relationship -> relationship.key().equals(key))
                    .findFirst()
                    .<Lookup>map(found -> new Lookup.Found(found, List.of(found)))
                    .orElseGet(() -> notFound("", relationships, knownName));
        }
        var name = Relationship.normalized(unquoted(typed));
        var exact = relationships.stream()
                .filter(relationship -> relationship.key().equals("name:" + name)
                        || knownName
                                .apply(relationship)
                                .map(Relationship::normalized)
                                .equals(Optional.of(name)))
                .toList();
        var matched = exact.isEmpty()
                ? relationships.stream()
                        .filter(relationship -> containsWords(nameOf(relationship, knownName), words(name)))
                        .toList()
                : exact;
        if (matched.isEmpty()) {
            return notFound(name, relationships, knownName);
        }
        return new Lookup.Found(Relationship.together(matched, now), matched);
    }

    private static String unquoted(String typed) {
        return typed.strip().replaceAll("^[\"'“”‘’@]+|[\"'“”‘’]+$", "");
    }

    private static Lookup.NotFound notFound(
            String name, List<Relationship> relationships, Function<Relationship, Optional<String>> knownName) {
        var closest = relationships.stream()
                .sorted(Comparator.comparingInt(
                                (Relationship relationship) -> distance(name, nameOf(relationship, knownName)))
                        .thenComparing(Relationship.MOST_RECENT_FIRST))
                .toList();
        return new Lookup.NotFound(closest);
    }

    /** The name a relationship is matched by: as typed, or a Slack user's display name (empty if unknown). */
    private static String nameOf(Relationship relationship, Function<Relationship, Optional<String>> knownName) {
        return relationship
                .counterparty()
                .freeText()
                .or(() -> knownName.apply(relationship))
                .map(Relationship::normalized)
                .orElse("");
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static boolean containsWords(String name, List<String> wanted) {
        return !wanted.isEmpty() && Collections.indexOfSubList(words(name), wanted) >= 0;
    }

    /** How far apart two spellings are: the edits from one to the other, or to the closest of its words. */
    private static int distance(String typed, String name) {
        if (typed.isEmpty()) {
            // A Slack user who is no counterparty: no spelling to compare, the most recent first.
            return 0;
        }
        if (name.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        var closest = edits(typed, name);
        for (var word : words(name)) {
            closest = Math.min(closest, edits(typed, word));
        }
        return closest;
    }

    private static int edits(String from, String to) {
        var previous = new int[to.length() + 1];
        var current = new int[to.length() + 1];
        for (var column = 0; column <= to.length(); column++) {
            previous[column] = column;
        }
        for (var row = 1; row <= from.length(); row++) {
            current[0] = row;
            for (var column = 1; column <= to.length(); column++) {
                var substitution = previous[column - 1] + (from.charAt(row - 1) == to.charAt(column - 1) ? 0 : 1);
                current[column] = Math.min(substitution, Math.min(previous[column], current[column - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
