package dev.followthrough.deadline;

import java.util.List;
import java.util.Set;

/** Words before the task itself that only say it is meant: "going to send …", "need to get …", "let me email …". */
final class LeadIns {

    private static final Set<String> FILLER = Set.of("to", "and", "then", "also", "that");

    private static final List<List<String>> LEAD_INS = List.of(
            List.of("going", "to"),
            List.of("gonna"),
            List.of("need", "to"),
            List.of("have", "to"),
            List.of("got", "to"),
            List.of("gotta"),
            List.of("want", "to"),
            List.of("wanna"),
            List.of("let", "me"),
            List.of("lemme"),
            List.of("remember", "to"),
            List.of("remind", "me", "to"),
            List.of("don't", "forget", "to"),
            List.of("must"),
            List.of("should"),
            List.of("plan", "to"),
            List.of("try", "to"),
            List.of("definitely"),
            List.of("also"));

    private LeadIns() {}

    /** Where the task starts once lead-ins and filler from {@code at} are passed. */
    static int skip(Words words, int at) {
        int from = at;
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            while (words.is(from, FILLER)) {
                from++;
                skipped = true;
            }
            for (List<String> leadIn : LEAD_INS) {
                if (Subject.matches(words, from, leadIn) && from + leadIn.size() < words.size()) {
                    from += leadIn.size();
                    skipped = true;
                    break;
                }
            }
        }
        return from;
    }
}
