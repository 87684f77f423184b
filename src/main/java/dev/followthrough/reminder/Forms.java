package dev.followthrough.reminder;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Opens a form (modal) for a button on a reminder, and reads what was typed into one. */
final class Forms {

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final UserProfiles profiles;
    private final PlainNames names;

    Forms(SlackPlatform slack, Ledger ledger, UserProfiles profiles, PlainNames names) {
        this.names = names;
        this.slack = slack;
        this.ledger = ledger;
        this.profiles = profiles;
    }

    /**
     * Opens the form {@code build} makes for the commitment the button points at. The trigger_id
     * works once and for 3 s, so the form opens right after the ack.
     */
    Response open(BlockActionRequest request, ActionContext context, Function<Opening, View> build) {
        var payload = request.getPayload();
        if (!(ActionValues.commitment(payload.getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            return context.ack();
        }
        var id = pressed.commitmentId();
        var commitment = ledger.find(payload.getTeam().getId(), id);
        if (commitment.isEmpty()) {
            return context.ack();
        }
        var locale = profiles.lookup(
                        payload.getTeam().getId(), payload.getUser().getId())
                .map(UserProfile::locale)
                .orElse(Locale.US);
        var inTeam = names.in(payload.getTeam().getId());
        var view = build.apply(new Opening(commitment.get(), PressedOn.of(payload, id), locale, inTeam));
        // A task typed with mentions keeps them; a form shows plain text, so it names people.
        slack.openView(payload.getTeam().getId(), payload.getTriggerId(), inTeam.view(view));
        return context.ack();
    }

    /**
     * What a form is opened on: the commitment and the reminder to update afterwards, and how
     * people are named in the form's plain text.
     */
    record Opening(Commitment commitment, PressedOn where, Locale locale, PlainNames.InTeam names) {}

    static Map<String, String> error(String blockId, String message) {
        return Map.of(blockId, message);
    }
}
