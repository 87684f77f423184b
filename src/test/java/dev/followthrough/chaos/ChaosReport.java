package dev.followthrough.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the run prints at the end, and whether it failed. */
final class ChaosReport {

    /** Everything the run observed; no ending when the service could not be started again to read it. */
    record Facts(
            long seed,
            Instant started,
            Instant finished,
            String codeState,
            List<Kill> kills,
            List<Sent> sent,
            Optional<Ending> ending) {}

    /** What the last start showed once everything due had been handled, and how it stopped. */
    record Ending(
            PromiseTally promises,
            MessageTally messages,
            Instant dueBy,
            Map<String, Long> outboxByStatus,
            Optional<Integer> finalExit,
            int postmastersLeftRunning) {}

    private static final int SHOWN_DETAILS = 15;
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Facts facts;
    private final StringBuilder out = new StringBuilder();
    private final List<String> failures = new ArrayList<>();

    ChaosReport(Facts facts) {
        this.facts = facts;
        header();
        restarts();
        commands();
        facts.ending()
                .ifPresentOrElse(
                        ending -> {
                            promises(ending.promises());
                            messages(ending);
                        },
                        () -> {
                            line("");
                            line(
                                    "The database was not read: the service could not be started again after the last kill.");
                        });
        verdict();
    }

    String text() {
        return out.toString();
    }

    List<String> failures() {
        return failures;
    }

    private void header() {
        var kills = facts.kills();
        var alone = kills.stream()
                .filter(kill -> kill.mode() == Kill.Mode.SERVICE_ALONE)
                .count();
        line("");
        line("=== Chaos run: kill -9 under traffic (seed %d, %s) ===", facts.seed(), facts.codeState());
        line(
                "%d kills in %s: %d of the service alone, %d of the service with its embedded PostgreSQL.",
                kills.size(), Elapsed.of(facts.started(), facts.finished()), alone, kills.size() - alone);
    }

    private void restarts() {
        line("");
        line("Restarts");
        for (var kill : facts.kills()) {
            var launches = kill.launches();
            var took = launches.stream().map(Service.Launch::took).reduce(Duration.ZERO, Duration::plus);
            line(
                    "  kill %d at %s, %s (%d process%s): %s in %s%s",
                    kill.number(),
                    Elapsed.of(facts.started(), kill.at()),
                    kill.mode().description(),
                    kill.processesKilled(),
                    kill.processesKilled() == 1 ? "" : "es",
                    kill.restarted() ? "healthy again" : "NOT healthy again",
                    Elapsed.seconds(took),
                    kill.failedLaunches() == 0
                            ? ""
                            : ", after " + kill.failedLaunches() + " failed launch(es)"
                                    + (kill.postmasterKilledByHand() ? " and the old postmaster killed by hand" : ""));
            launches.stream()
                    .filter(launch -> !launch.healthy())
                    .forEach(launch -> line(
                            "      launch %d failed after %s: %s",
                            launch.number(), Elapsed.seconds(launch.took()), launch.failure()));
        }
        var failedFirst = facts.kills().stream().filter(Kill::failedFirstTime).count();
        var failedLaunches =
                facts.kills().stream().mapToLong(Kill::failedLaunches).sum();
        var byHand = facts.kills().stream().filter(Kill::postmasterKilledByHand).count();
        var longest = facts.kills().stream()
                .map(kill -> kill.launches().stream().map(Service.Launch::took).reduce(Duration.ZERO, Duration::plus))
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        line(
                "  restarts: %d; restarts that failed the first time: %d (%d failed launches in all); the old"
                        + " postmaster killed by hand before a start worked: %d; longest from kill to healthy: %s",
                facts.kills().size(), failedFirst, failedLaunches, byHand, Elapsed.seconds(longest));
        if (facts.kills().stream().anyMatch(kill -> !kill.restarted())) {
            failures.add("the service could not be started again after a kill");
        }
        facts.ending()
                .ifPresent(ending -> line(
                        "  the last start stopped on SIGTERM with %s; embedded postmasters left running afterwards: %d",
                        ending.finalExit()
                                .map(status -> "exit status " + status)
                                .orElse("no exit within a minute"),
                        ending.postmastersLeftRunning()));
    }

    private void commands() {
        var sent = facts.sent();
        var acknowledged = sent.stream().filter(Sent::acknowledged).toList();
        var onRetry = acknowledged.stream()
                .filter(command -> command.deliveries() > 1)
                .count();
        var otherwise = sent.stream()
                .filter(command -> command.outcome() == Sent.Outcome.ANSWERED_OTHERWISE)
                .toList();
        var unanswered = sent.stream()
                .filter(command -> command.outcome() == Sent.Outcome.UNANSWERED)
                .count();
        var timeouts = sent.stream().mapToInt(Sent::timeouts).sum();
        line("");
        line("Commands");
        line(
                "  sent %,d; acknowledged %,d (%,d at the first delivery, %,d on a redelivery of the same request);"
                        + " answered otherwise %,d; never answered %,d; deliveries with no answer within 3 s: %,d",
                sent.size(),
                acknowledged.size(),
                acknowledged.size() - onRetry,
                onRetry,
                otherwise.size(),
                unanswered,
                timeouts);
        otherwise.stream()
                .collect(Collectors.groupingBy(command -> shorten(command.answer(), 110), Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .forEach(answer -> line("    %,d× answered: %s", answer.getValue(), answer.getKey()));
    }

    private void promises(PromiseTally tally) {
        line("");
        line("Acknowledged against present in the database");
        var format = "  %-52s %8s %8s %8s %8s %8s %8s";
        line(format, "", "sent", "acked", "present", "MISSING", "DOUBLED", "present,");
        line(format, "", "", "", "", "", "", "not acked");
        tally.lines()
                .forEach((shape, row) -> line(
                        format,
                        shape.description(),
                        count(row.sent()),
                        count(row.acknowledged()),
                        count(row.present()),
                        count(row.missing()),
                        count(row.doubled()),
                        count(row.presentUnacknowledged())));
        var total = tally.total();
        line(
                format,
                "all",
                count(total.sent()),
                count(total.acknowledged()),
                count(total.present()),
                count(total.missing()),
                count(total.doubled()),
                count(total.presentUnacknowledged()));
        line(
                "  (\"present, not acked\": saved although no answer reached the sender, e.g. killed before it was sent; not a fault)");
        if (!tally.missing().isEmpty()) {
            failures.add(tally.missing().size() + " acknowledged promise(s) or digest(s) missing from the database");
            line("  acknowledged but missing:");
            tally.missing().stream().limit(SHOWN_DETAILS).forEach(command -> line("    %s", lostDetail(command)));
            more(tally.missing().size());
        }
        if (!tally.doubled().isEmpty()) {
            failures.add(tally.doubled().size() + " promise(s) saved more than once");
            line(
                    "  saved more than once: %s",
                    String.join(
                            ", ", tally.doubled().stream().limit(SHOWN_DETAILS).toList()));
        }
    }

    private void messages(Ending ending) {
        var tally = ending.messages();
        line("");
        line(
                "Slack messages sent against expected (expected: every message due by %s UTC, when the database"
                        + " had no check due and no message pending; and any other the model predicts that was sent)",
                CLOCK_TIME.format(ending.dueBy()));
        var format = "  %-16s %8s %9s %8s %8s %12s %10s";
        line(format, "kind", "expected", "sent once", "MISSING", "DOUBLED", "possibly", "sent, not");
        line(format, "", "", "", "", "", "doubled by", "modelled");
        line(format, "", "", "", "", "", "a kill (*)", "");
        tally.lines()
                .forEach((kind, row) -> line(
                        format,
                        kind,
                        count(row.expected),
                        count(row.sentOnce),
                        count(row.missing),
                        count(row.doubled),
                        count(row.doubledByKill),
                        count(row.unmodelled)));
        line("  (*) a kill between send and mark. The dispatcher marks a message sent in the transaction that");
        line("      claimed it, once Slack has accepted it; a process killed in between leaves the row pending and");
        line("      the message goes again after the restart. Slack offers no idempotent post, so that window can't");
        line(
                "      be closed. A double counts here only when a kill came at most %d ms after the earlier copy",
                MessageTally.SEND_TO_MARK.toMillis());
        line(
                "      was seen at Slack (or up to %d ms before: calls are seen by polling), and as DOUBLED otherwise.",
                MessageTally.SEEN_LATE_BY.toMillis());
        line("  outbox at the end: %s", ending.outboxByStatus());
        if (!tally.missing().isEmpty()) {
            failures.add(tally.missing().size() + " expected message(s) never sent");
            line("  missing:");
            tally.missing().stream().limit(SHOWN_DETAILS).forEach(detail -> line("    %s", detail));
            more(tally.missing().size());
        }
        if (!tally.doubled().isEmpty()) {
            failures.add(tally.doubled().size() + " message(s) sent twice outside the send-to-mark window");
            line("  doubled:");
            tally.doubled().stream().limit(SHOWN_DETAILS).forEach(detail -> line("    %s", detail));
            more(tally.doubled().size());
        }
        if (!tally.doubledByKill().isEmpty()) {
            line("  possibly doubled by a kill between send and mark:");
            tally.doubledByKill().stream().limit(SHOWN_DETAILS).forEach(detail -> line("    %s", detail));
            more(tally.doubledByKill().size());
        }
        if (!tally.withoutRow().isEmpty()) {
            failures.add(tally.withoutRow().size() + " message(s) Slack received whose outbox row the database lost");
            line("  sent, but the outbox row is gone (a committed row was lost):");
            tally.withoutRow().stream().limit(SHOWN_DETAILS).forEach(detail -> line("    %s", detail));
            more(tally.withoutRow().size());
        }
    }

    private void verdict() {
        line("");
        if (failures.isEmpty()) {
            line("PASSED: nothing acknowledged was lost, nothing was doubled beyond the send-to-mark window.");
        } else {
            line("FAILED: %s.", String.join("; ", failures));
        }
        line("");
    }

    /** An acknowledged promise that is gone, with the kill nearest its answer. */
    private String lostDetail(Sent command) {
        var answeredAt = command.answeredAt().orElse(command.sentAt());
        var nearest = facts.kills().stream()
                .min(Comparator.comparing(
                        kill -> Duration.between(answeredAt, kill.at()).abs()));
        return command.tag() + " (" + command.shape().name().toLowerCase(Locale.ROOT) + ", " + command.userId()
                + ") acknowledged at " + Elapsed.of(facts.started(), answeredAt)
                + nearest.map(kill -> {
                            var gap = Duration.between(answeredAt, kill.at());
                            return ", " + Math.abs(gap.toMillis()) + " ms " + (gap.isNegative() ? "after" : "before")
                                    + " kill " + kill.number() + " ("
                                    + kill.mode().description() + ")";
                        })
                        .orElse("");
    }

    private void more(int size) {
        if (size > SHOWN_DETAILS) {
            line("    … and %,d more", size - SHOWN_DETAILS);
        }
    }

    private static String count(int value) {
        return String.format("%,d", value);
    }

    private static String shorten(String text, int length) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length) + "…";
    }

    private void line(String format, Object... arguments) {
        out.append(String.format(format, arguments)).append('\n');
    }
}
