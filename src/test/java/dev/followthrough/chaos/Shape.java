package dev.followthrough.chaos;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The kinds of command the run sends: what each says, where, and when the reminder it should
 * cause comes due (for those whose reminder falls inside the run).
 */
enum Shape {
    /** Due in 1-2 minutes in a channel: the channel hears "Due now" during the run. */
    CHANNEL_DUE_SOON("promise in a channel, due during the run", true) {
        @Override
        String text(String tag, int minutes) {
            return "send Acme the deck " + tag + " in " + minutes + " minutes";
        }
    },
    /** Someone owes the sender, due in 1-2 minutes in a channel: "Due now" too. */
    OWED_IN_CHANNEL_DUE_SOON("owed to the sender in a channel, due during the run", true) {
        @Override
        String text(String tag, int minutes) {
            return "<@" + ChaosUsers.COUNTERPARTY + "|buyer> will send the PO " + tag + " in " + minutes + " minutes";
        }
    },
    /** Due in 61-62 minutes, in a DM: the one-hour nudge comes due 1-2 minutes after it was made. */
    NUDGE_SOON("promise whose nudge comes during the run", false) {
        @Override
        String text(String tag, int minutes) {
            return "send Acme the report " + tag + " in " + (60 + minutes) + " minutes";
        }
    },
    /** Due days from now, or soft: nothing comes due during the run. */
    LATER("promise due days from now, or soft", false) {
        private static final List<String> PHRASES = List.of(
                "send the invoice %s to Acme in 3 business days",
                "send Acme the summary %s in 2 days",
                "call the CFO back about %s next week",
                "Acme said they'd send the signed order %s in 2 days");

        @Override
        String text(String tag, int minutes) {
            return PHRASES.get(Math.floorMod(tag.hashCode(), PHRASES.size())).formatted(tag);
        }
    },
    /** {@code /promise digest}: a DM through the outbox at once. */
    DIGEST("/promise digest (its outbox row)", false) {
        @Override
        String text(String tag, int minutes) {
            return "digest";
        }
    };

    /** How far ahead the soon ones are due: a random whole number of minutes in this range. */
    static final int SOONEST_MINUTES = 1;

    static final int LATEST_MINUTES = 2;

    private final String description;
    private final boolean inChannel;

    Shape(String description, boolean inChannel) {
        this.description = description;
        this.inChannel = inChannel;
    }

    abstract String text(String tag, int minutes);

    String description() {
        return description;
    }

    boolean inChannel() {
        return inChannel;
    }

    boolean isPromise() {
        return this != DIGEST;
    }

    /** A shape by weight; the soon ones only while their reminder still falls before the run ends. */
    static Shape pick(RandomGenerator random, boolean soonAllowed) {
        var roll = random.nextInt(100);
        if (roll < 4) {
            return DIGEST;
        }
        if (!soonAllowed || roll >= 34) {
            return LATER;
        }
        return roll < 16 ? CHANNEL_DUE_SOON : roll < 22 ? OWED_IN_CHANNEL_DUE_SOON : NUDGE_SOON;
    }
}
