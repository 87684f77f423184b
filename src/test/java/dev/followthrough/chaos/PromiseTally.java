package dev.followthrough.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Acknowledged against present, per shape of command: every promise the service said it saved
 * must be in the database exactly once (its tag in one commitment's text), and every digest it
 * said it sent must have its outbox row.
 */
final class PromiseTally {

    /** One line of the table. */
    record Line(int sent, int acknowledged, int present, int missing, int doubled, int presentUnacknowledged) {

        Line plus(Line other) {
            return new Line(
                    sent + other.sent,
                    acknowledged + other.acknowledged,
                    present + other.present,
                    missing + other.missing,
                    doubled + other.doubled,
                    presentUnacknowledged + other.presentUnacknowledged);
        }
    }

    private static final Pattern TAG = Pattern.compile("\\bk\\d{6}\\b");

    private final Map<Shape, Line> lines = new EnumMap<>(Shape.class);
    private final List<Sent> missing = new ArrayList<>();
    private final List<String> doubled = new ArrayList<>();

    PromiseTally(List<Sent> sent, DatabaseContents contents) {
        var copiesByTag = new HashMap<String, Integer>();
        for (var commitment : contents.commitments()) {
            var tag = TAG.matcher(commitment.what());
            if (tag.find()) {
                copiesByTag.merge(tag.group(), 1, Integer::sum);
            }
        }
        var digestKeys = new HashSet<String>();
        contents.outbox().forEach(row -> digestKeys.add(row.dedupeKey()));
        for (var shape : Shape.values()) {
            lines.put(shape, new Line(0, 0, 0, 0, 0, 0));
        }
        for (var command : sent) {
            var copies = command.shape().isPromise()
                    ? copiesByTag.getOrDefault(command.tag(), 0)
                    : digestKeys.contains(command.digestKey()) ? 1 : 0;
            var acknowledged = command.acknowledged();
            var lost = acknowledged && copies == 0;
            if (lost) {
                missing.add(command);
            }
            if (copies > 1) {
                doubled.add(command.tag() + " (" + copies + " copies)");
            }
            lines.merge(
                    command.shape(),
                    new Line(
                            1,
                            acknowledged ? 1 : 0,
                            copies > 0 ? 1 : 0,
                            lost ? 1 : 0,
                            copies > 1 ? copies - 1 : 0,
                            !acknowledged && copies > 0 ? 1 : 0),
                    Line::plus);
        }
    }

    Map<Shape, Line> lines() {
        return lines;
    }

    Line total() {
        return lines.values().stream().reduce(new Line(0, 0, 0, 0, 0, 0), Line::plus);
    }

    /** Acknowledged, and not in the database. */
    List<Sent> missing() {
        return missing;
    }

    /** Tags found in more than one commitment. */
    List<String> doubled() {
        return doubled;
    }
}
