package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.Optional;
import java.util.Set;

/** Reads who owes whom in a promise's words, and what is left of them as the task. */
final class WhoReader {

    /** Who and which way, and the task in the owner's words. */
    record Who(Direction direction, Optional<Counterparty> counterparty, String what) {}

    private static final Set<String> LEADING_FILLER = Set.of(
            "to",
            "and",
            "then",
            "also",
            "that",
            "please",
            "pls",
            "plz",
            "ok",
            "okay",
            "so",
            "reminder",
            "fyi",
            "btw",
            "hopefully",
            "probably",
            "maybe");

    private static final Set<String> TRAILING_FILLER = Set.of(
            "by",
            "before",
            "on",
            "at",
            "@",
            "due",
            "until",
            "till",
            "for",
            "and",
            "or",
            "then",
            "to",
            "within",
            "in",
            "sometime");

    private WhoReader() {}

    static Who read(Words words) {
        int start = 0;
        while (words.is(start, LEADING_FILLER)) {
            start++;
        }
        Subject subject = Subject.read(words, start);
        int from = LeadIns.skip(words, subject.taskStart());
        int to = words.size();
        while (to > from && words.is(to - 1, TRAILING_FILLER)) {
            to--;
        }
        String what = TaskText.render(words.text(from, to));
        boolean spoken = subject.direction() == Direction.THEIRS
                || subject.counterparty().isPresent();
        Optional<Counterparty> counterparty = spoken ? subject.counterparty() : Recipient.of(words, from, to);
        return new Who(subject.direction(), counterparty, what);
    }
}
