package dev.followthrough.relationship;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code /promise with Acme}, {@code /promise with @someone}: the asking user's record with that
 * counterparty, only to them; {@code /promise with} alone: all of their relationships, a line each.
 * Text that reads as a promise beginning with the word ("with the team, send the deck by Fri") goes
 * to {@code otherwise}, all of it: it is recorded.
 */
final class RelationshipCommand implements Subcommand {

    private final Relationships relationships;
    private final Subcommand otherwise;
    private final Predicate<String> readsAsAPromise;
    private final UserProfiles profiles;
    private final PlainNames names;
    private final Clock clock;

    RelationshipCommand(
            Relationships relationships,
            Subcommand otherwise,
            Predicate<String> readsAsAPromise,
            UserProfiles profiles,
            PlainNames names,
            Clock clock) {
        this.relationships = relationships;
        this.otherwise = otherwise;
        this.readsAsAPromise = readsAsAPromise;
        this.profiles = profiles;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var text = payload.getText() == null ? "" : payload.getText().strip();
        var aMentionAlone = FindingTheCounterparty.MENTION.matcher(arguments).matches();
        if (!arguments.isEmpty() && !aMentionAlone && readsAsAPromise.test(text)) {
            return otherwise.handle(payload, text, context);
        }
        var teamId = payload.getTeamId();
        var profile = profiles.lookup(teamId, payload.getUserId());
        var zone = profile.map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var locale = profile.map(UserProfile::locale).orElse(Locale.US);
        var now = clock.instant();
        // Only the asker's own promises, in their own workspace.
        var theirs = relationships.of(teamId, payload.getUserId());
        if (arguments.isEmpty()) {
            return SlackAnswers.ephemeralResponse(ListBlocks.allText(theirs), ListBlocks.all(theirs, locale));
        }
        var inTeam = names.in(teamId);
        var known = new HashMap<String, Optional<String>>();
        var lookup = FindingTheCounterparty.find(
                arguments,
                theirs,
                relationship -> known.computeIfAbsent(relationship.key(), key -> displayName(inTeam, relationship)),
                now);
        var typedPlainly = inTeam.text(arguments);
        if (lookup instanceof Lookup.Found found) {
            var plainName = found.countedTogether().size() > 1
                    ? typedPlainly
                    : plainName(inTeam, found.relationship().counterparty());
            return SlackAnswers.ephemeralResponse(
                    Mrkdwn.escape(RecordBlocks.text(found, plainName)),
                    RecordBlocks.of(found, plainName, now, zone, locale));
        }
        var notFound = (Lookup.NotFound) lookup;
        return SlackAnswers.ephemeralResponse(
                Mrkdwn.escape(ListBlocks.noMatchText(typedPlainly)), ListBlocks.noMatch(typedPlainly, notFound));
    }

    private static Optional<String> displayName(PlainNames.InTeam inTeam, Relationship relationship) {
        if (relationship.counterparty().slackUserId().isEmpty()) {
            return Optional.empty();
        }
        var name = inTeam.of(relationship.counterparty(), "");
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** "Acme"; "@dana" for a Slack user known by name, "them" for one not known yet. */
    private static String plainName(PlainNames.InTeam inTeam, Counterparty counterparty) {
        if (counterparty.slackUserId().isPresent()) {
            var name = inTeam.of(counterparty, "");
            return name.isBlank() ? "them" : "@" + name;
        }
        return inTeam.of(counterparty, "them");
    }
}
