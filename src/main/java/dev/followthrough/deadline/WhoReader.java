package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.Optional;
import java.util.Set;

/** Reads who owes whom in a promise's words, and what is left of them as the task. */
final class WhoReader {

    /** Who and which way, and the task in the owner's words. */
    record Who(Direction direction, Optional<Counterparty> counterparty, String what) {}

    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "with");
    private static final Set<String> CONTACT_VERBS = Set.of(
            "send",
            "email",
            "e-mail",
            "mail",
            "call",
            "ring",
            "phone",
            "ping",
            "text",
            "message",
            "dm",
            "remind",
            "tell",
            "ask",
            "pay",
            "invoice",
            "give",
            "show",
            "update",
            "brief",
            "forward",
            "introduce",
            "thank",
            "invite",
            "notify",
            "meet",
            "help",
            "book",
            "contact",
            "answer");
    private static final Set<String> LEADING_FILLER = Set.of("to", "and", "then", "also", "that");
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
        int from = subject.taskStart();
        while (words.is(from, LEADING_FILLER)) {
            from++;
        }
        int to = words.size();
        while (to > from && words.is(to - 1, TRAILING_FILLER)) {
            to--;
        }
        String what = TaskText.render(words.text(from, to));
        Optional<Counterparty> counterparty =
                subject.direction() == Direction.THEIRS ? subject.counterparty() : counterparty(words, from, to);
        return new Who(subject.direction(), counterparty, what);
    }

    /** The last "to X" / "for X" / "with X" naming someone; else a mention; else "send Acme …". */
    private static Optional<Counterparty> counterparty(Words words, int from, int to) {
        for (int position = to - 2; position >= from; position--) {
            if (!words.is(position, PREPOSITIONS) || !words.adjacent(position, position + 1)) {
                continue;
            }
            Token next = words.get(position + 1);
            if (next.isMention()) {
                return next.mentionedUser().map(Counterparty::slackUser);
            }
            int end = Math.min(Names.nameEnd(words, position + 1), to);
            if (end > position + 1) {
                return Optional.of(Counterparty.named(Names.display(words, position + 1, end)));
            }
        }
        for (int position = from; position < to; position++) {
            Optional<String> user = words.get(position).mentionedUser();
            if (user.isPresent()) {
                return user.map(Counterparty::slackUser);
            }
        }
        if (words.is(from, CONTACT_VERBS) && words.adjacent(from, from + 1) && from + 1 < to) {
            Token object = words.get(from + 1);
            int end = object.is("the") ? from + 1 : Math.min(Names.nameEnd(words, from + 1), to);
            if (end > from + 1) {
                return Optional.of(Counterparty.named(Names.display(words, from + 1, end)));
            }
        }
        return Optional.empty();
    }
}
