package dev.followthrough.chaos;

import dev.followthrough.chaos.DatabaseContents.OutboxRow;
import dev.followthrough.chaos.SlackCallTimes.TimedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slack messages sent against expected, per kind (the outbox key's first part). A call the Slack
 * stand-in received is matched to the outbox row it came from by method, channel and text; a row
 * that got more calls than one was sent twice. Doubles are told apart by whether a kill came right
 * after the earlier copy reached Slack: the dispatcher marks a row sent in the transaction that
 * claimed it, after Slack answers, so a process that dies in between sends that message again.
 */
final class MessageTally {

    /** How long after a copy reached Slack a kill still counts as having come between send and mark. */
    static final Duration SEND_TO_MARK = Duration.ofMillis(500);

    /** How late a call may be seen: the poller shares two busy cores with the service and its database. */
    static final Duration SEEN_LATE_BY = Duration.ofMillis(250);

    static final List<String> ALWAYS_SHOWN = List.of("channel-due", "nudge", "digest");

    private static final Set<String> OUTBOX_METHODS = Set.of("chat.postMessage", "chat.update");

    /** One line of the table. */
    static final class Line {
        int expected;
        int sentOnce;
        int missing;
        int doubledByKill;
        int doubled;
        int unmodelled;
    }

    private record Group(String method, String channel, String text) {}

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> doubled = new ArrayList<>();
    private final List<String> doubledByKill = new ArrayList<>();
    private final List<String> withoutRow = new ArrayList<>();

    MessageTally(
            List<ExpectedMessages.Expected> model,
            Set<String> expectedDigests,
            Instant dueBy,
            DatabaseContents contents,
            List<TimedCall> calls,
            List<Instant> kills,
            Instant started) {
        ALWAYS_SHOWN.forEach(kind -> lines.put(kind, new Line()));
        var rowsByGroup = new HashMap<Group, List<OutboxRow>>();
        var rowsByKey = new HashMap<String, OutboxRow>();
        for (var row : contents.outbox()) {
            rowsByGroup
                    .computeIfAbsent(new Group(row.method(), row.channel(), row.text()), unused -> new ArrayList<>())
                    .add(row);
            rowsByKey.put(row.dedupeKey(), row);
        }
        var callsByGroup = new LinkedHashMap<Group, List<TimedCall>>();
        for (var timed : calls) {
            var call = timed.call();
            if (OUTBOX_METHODS.contains(call.method())) {
                callsByGroup
                        .computeIfAbsent(
                                new Group(call.method(), call.param("channel"), call.param("text")),
                                unused -> new ArrayList<>())
                        .add(timed);
            }
        }
        var callsByKey = new HashMap<String, Integer>();
        callsByGroup.forEach((group, groupCalls) -> {
            groupCalls.sort(Comparator.comparing(TimedCall::at));
            var rows = rowsByGroup.getOrDefault(group, List.of());
            if (rows.isEmpty()) {
                // Sent, then its row was lost: the database forgot a message Slack has.
                line(kindFromText(group.text())).unmodelled += groupCalls.size();
                withoutRow.add(kindFromText(group.text()) + " sent " + groupCalls.size() + " time(s), first at "
                        + Elapsed.of(started, groupCalls.get(0).at()) + ": " + shorten(group.text()));
                return;
            }
            for (var index = 0; index < groupCalls.size(); index++) {
                if (index < rows.size()) {
                    callsByKey.merge(rows.get(index).dedupeKey(), 1, Integer::sum);
                    continue;
                }
                var row = rows.get(rows.size() - 1);
                var earlier = groupCalls.get(index - 1).at();
                var kill = kills.stream()
                        .filter(at ->
                                !at.isBefore(earlier.minus(SEEN_LATE_BY)) && !at.isAfter(earlier.plus(SEND_TO_MARK)))
                        .findFirst();
                var detail = row.dedupeKey() + ": copies at " + Elapsed.of(started, earlier) + " and "
                        + Elapsed.of(started, groupCalls.get(index).at());
                if (kill.isPresent()) {
                    line(row.kind()).doubledByKill++;
                    doubledByKill.add(detail + ", kill at " + Elapsed.of(started, kill.get()));
                } else {
                    line(row.kind()).doubled++;
                    doubled.add(detail + ", no kill within " + SEND_TO_MARK.toMillis() + " ms after the first");
                }
            }
        });
        var modelled = new HashMap<String, ExpectedMessages.Expected>();
        model.forEach(expected -> modelled.put(expected.key(), expected));
        for (var expected : model) {
            var sent = callsByKey.getOrDefault(expected.key(), 0) > 0;
            if (!sent && expected.at().isAfter(dueBy)) {
                continue;
            }
            count(expected.kind(), expected.key(), sent, rowsByKey);
        }
        for (var digestKey : expectedDigests) {
            count("digest", digestKey, callsByKey.getOrDefault(digestKey, 0) > 0, rowsByKey);
        }
        callsByKey.keySet().stream()
                .filter(key -> !modelled.containsKey(key) && !expectedDigests.contains(key))
                .forEach(key -> line(rowsByKey.get(key).kind()).unmodelled++);
    }

    private void count(String kind, String key, boolean sent, Map<String, OutboxRow> rowsByKey) {
        var line = line(kind);
        line.expected++;
        if (sent) {
            line.sentOnce++;
            return;
        }
        line.missing++;
        var row = rowsByKey.get(key);
        missing.add(key + (row == null ? ": no outbox row" : ": outbox row " + row.status() + ", never sent"));
    }

    private Line line(String kind) {
        return lines.computeIfAbsent(kind, unused -> new Line());
    }

    Map<String, Line> lines() {
        return lines;
    }

    List<String> missing() {
        return missing;
    }

    /** Sent more than once with no kill between send and mark. */
    List<String> doubled() {
        return doubled;
    }

    List<String> doubledByKill() {
        return doubledByKill;
    }

    /** Messages Slack received whose outbox row is no longer in the database: a commit was lost. */
    List<String> withoutRow() {
        return withoutRow;
    }

    private static String kindFromText(String text) {
        if (text == null) {
            return "other";
        }
        if (text.startsWith("Due in")) {
            return "nudge";
        }
        if (text.contains("Due now")) {
            return "channel-due";
        }
        if (text.startsWith("Missed:")) {
            return "missed";
        }
        return "other";
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 80 ? String.valueOf(text) : text.substring(0, 80) + "…";
    }
}
