package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one held-back row was read, field by field: kind, deadline to the minute, counterparty and direction (the
 * last two not scored on a row expected to be refused). {@code what} is not scored.
 */
record HeldBackScore(
        HeldBackRow row,
        String gotKind,
        List<Instant> gotInstants,
        Optional<Counterparty> gotCounterparty,
        Optional<Direction> gotDirection,
        String gotReason) {

    static HeldBackScore of(HeldBackRow row, PromiseReading reading) {
        if (reading instanceof PromiseReading.Parsed parsed) {
            PromiseDraft draft = parsed.draft();
            return new HeldBackScore(
                    row,
                    draft.deadline().firmness().name(),
                    instants(draft.deadline()),
                    draft.counterparty(),
                    Optional.of(draft.direction()),
                    "");
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            return new HeldBackScore(
                    row,
                    "AMBIGUOUS",
                    ambiguous.readings().stream()
                            .flatMap(deadline -> instants(deadline).stream())
                            .toList(),
                    ambiguous.counterparty(),
                    Optional.of(ambiguous.direction()),
                    "");
        }
        return new HeldBackScore(
                row,
                "INVALID",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                ((PromiseReading.Invalid) reading).reason());
    }

    private static List<Instant> instants(Deadline deadline) {
        if (deadline instanceof Deadline.Hard hard) {
            return List.of(hard.due());
        }
        return ((Deadline.Soft) deadline).target().stream().toList();
    }

    boolean kindRight() {
        return gotKind.equals(row.kind());
    }

    boolean deadlineRight() {
        if (row.invalid()) {
            return gotKind.equals("INVALID");
        }
        return !gotKind.equals("INVALID") && minutes(gotInstants).equals(minutes(row.instants()));
    }

    boolean counterpartyRight() {
        if (row.invalid()) {
            return true;
        }
        if (row.counterparty().isEmpty()) {
            return gotCounterparty.isEmpty();
        }
        if (gotCounterparty.isEmpty()) {
            return false;
        }
        Counterparty got = gotCounterparty.get();
        if (isSlackUserId(row.counterparty())) {
            return got.slackUserId().equals(Optional.of(row.counterparty().substring(1)));
        }
        return got.freeText().map(HeldBackScore::normalised).equals(Optional.of(normalised(row.counterparty())));
    }

    boolean directionRight() {
        return row.invalid() || gotDirection.map(Direction::name).equals(Optional.of(row.direction()));
    }

    boolean allRight() {
        return kindRight() && deadlineRight() && counterpartyRight() && directionRight();
    }

    /** A HARD reading whose due is not the HARD due expected: the one miss a user can't see coming. */
    boolean wrongFirmDeadline() {
        return gotKind.equals("HARD") && !(row.kind().equals("HARD") && deadlineRight());
    }

    String got() {
        if (gotKind.equals("INVALID")) {
            return "INVALID \"" + gotReason + "\"";
        }
        return gotKind + " " + Describe.instants(gotInstants, row.zone()) + " | "
                + Describe.counterparty(gotCounterparty) + " | "
                + gotDirection.map(Direction::name).orElse("");
    }

    /** "@U123ABC": a Slack user by id; "@kenji", typed without Slack's escaping, is a name. */
    static boolean isSlackUserId(String counterparty) {
        return counterparty.length() > 2
                && counterparty.charAt(0) == '@'
                && (counterparty.charAt(1) == 'U' || counterparty.charAt(1) == 'W')
                && counterparty.substring(1).chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String normalised(String name) {
        return String.join(" ", name.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }

    private static List<Instant> minutes(List<Instant> instants) {
        return instants.stream().map(at -> at.truncatedTo(ChronoUnit.MINUTES)).toList();
    }
}
