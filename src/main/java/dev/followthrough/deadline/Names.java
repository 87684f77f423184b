package dev.followthrough.deadline;

import java.util.Set;

/** Recognises who a promise is with when named in words: "Acme", "the CFO", "the buyer at Acme", "legal". */
final class Names {

    private static final Set<String> DETERMINERS = Set.of("the", "our", "my", "their", "his", "her", "your");
    private static final Set<String> JOINERS = Set.of("at", "from", "of", "&");

    /** Lower-case words that name people or teams rather than things. */
    private static final Set<String> ROLES = Set.of(
            "team",
            "client",
            "clients",
            "customer",
            "customers",
            "buyer",
            "buyers",
            "vendor",
            "vendors",
            "supplier",
            "manager",
            "boss",
            "board",
            "legal",
            "finance",
            "accounting",
            "marketing",
            "sales",
            "support",
            "engineering",
            "design",
            "hr",
            "ops",
            "security",
            "product",
            "leadership",
            "management",
            "procurement",
            "compliance",
            "recruiting",
            "investors",
            "partner",
            "partners",
            "everyone",
            "everybody",
            "landlord",
            "lawyer",
            "accountant",
            "recruiter",
            "candidate",
            "ceo",
            "cfo",
            "cto",
            "coo",
            "founders",
            "director",
            "lead",
            "mom",
            "dad",
            "wife",
            "husband",
            "colleague");

    private Names() {}

    /**
     * The end of a name starting at {@code at} ("Acme", "the CFO", "the buyer at Acme"), or
     * {@code at} when the words there don't name anyone ("the deck", "review").
     */
    static int nameEnd(Words words, int at) {
        int position = words.is(at, DETERMINERS) ? at + 1 : at;
        int end = at;
        while (position < words.size() && position - at < 6) {
            Token word = words.get(position);
            boolean joins = words.is(position, JOINERS) && capitalisedAt(words, position + 1) && end > at;
            if (!(word.isCapitalised() || words.is(position, ROLES) || joins)) {
                break;
            }
            if (position > at && !words.adjacent(position - 1, position)) {
                break;
            }
            position++;
            if (!joins) {
                end = position;
            }
            if (word.text().endsWith("'s") || words.endsClause(position - 1)) {
                break;
            }
        }
        return end;
    }

    /** The name as typed, without a possessive or trailing punctuation; a sentence's "The" reads "the". */
    static String display(Words words, int from, int to) {
        String name = Tokenizer.stripPunctuation(words.text(from, to));
        if (name.endsWith("'s") || name.endsWith("’s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.startsWith("The ")) {
            name = "the " + name.substring(4);
        }
        return name;
    }

    private static boolean capitalisedAt(Words words, int position) {
        return position < words.size() && words.get(position).isCapitalised();
    }
}
