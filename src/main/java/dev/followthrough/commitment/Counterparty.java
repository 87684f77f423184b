package dev.followthrough.commitment;

import java.util.Objects;
import java.util.Optional;

/** The other side of a commitment: a Slack user, or someone named in free text ("Acme"). */
public sealed interface Counterparty {

    static Counterparty slackUser(String userId) {
        return new SlackUser(userId);
    }

    static Counterparty named(String name) {
        return new Named(name);
    }

    /** How a message to the owner refers to the counterparty: a mention for a Slack user. */
    String display();

    /** The Slack user id, when the counterparty is a Slack user. */
    default Optional<String> slackUserId() {
        return this instanceof SlackUser user ? Optional.of(user.userId()) : Optional.empty();
    }

    /** The free-text name, when the counterparty is named rather than a Slack user. */
    default Optional<String> freeText() {
        return this instanceof Named named ? Optional.of(named.name()) : Optional.empty();
    }

    record SlackUser(String userId) implements Counterparty {
        public SlackUser {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public String display() {
            return "<@" + userId + ">";
        }
    }

    record Named(String name) implements Counterparty {
        public Named {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String display() {
            return name;
        }
    }
}
