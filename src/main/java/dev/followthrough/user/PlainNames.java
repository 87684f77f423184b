package dev.followthrough.user;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People and channels as Slack shows them where it renders plain text (labels, hints, typed-in
 * values, titles, form errors) and where Slack is not (calendars): there {@code <@U123>} would show
 * as that code. By display name when known; in neutral words when not. Mrkdwn keeps its mentions.
 */
public final class PlainNames {

    /** A user or channel mention, a special mention ({@code <!here>}, a user group), or a link. */
    private static final Pattern MARKUP =
            Pattern.compile("<(?:([@#!])|(?=(?:https?|mailto|tel):))([^<>|]+)(?:\\|([^<>]*))?>");

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final KnownNames known;

    public PlainNames(KnownNames known) {
        this.known = known;
    }

    /** The same, for one team. */
    public InTeam in(String teamId) {
        return new InTeam(teamId);
    }

    /** Asks ahead for the names a commitment will be shown with: its counterparty and its task's mentions. */
    public void prepareFor(Commitment commitment) {
        var ids = new ArrayList<String>();
        commitment.counterparty().flatMap(Counterparty::slackUserId).ifPresent(ids::add);
        var mentions = MARKUP.matcher(commitment.what());
        while (mentions.find()) {
            if ("@".equals(mentions.group(1)) || "#".equals(mentions.group(1))) {
                ids.add(mentions.group(2));
            }
        }
        if (!ids.isEmpty()) {
            known.prefetch(commitment.teamId(), ids);
        }
    }

    /** Names in one team's plain text. */
    public final class InTeam {

        private final String teamId;

        private InTeam(String teamId) {
            this.teamId = teamId;
        }

        /** {@code text} with its mentions and links written out as a person would read them. */
        public String text(String text) {
            return MARKUP.matcher(text).replaceAll(markup -> Matcher.quoteReplacement(written(markup)));
        }

        /** The counterparty's name: as typed, or the Slack user's display name; {@code unknown} if not known yet. */
        public String of(Counterparty counterparty, String unknown) {
            if (counterparty instanceof Counterparty.SlackUser user) {
                return known.of(teamId, user.userId()).orElse(unknown);
            }
            return text(counterparty.display());
        }

        /** A sentence written for mrkdwn, as a form error: names written out, no code marks. */
        public String formError(String mrkdwn) {
            return text(mrkdwn).replace("`", "").replace("*", "");
        }

        /** {@link #formError} for every error of a form. */
        public Map<String, String> formErrors(Map<String, String> errors) {
            var plain = new LinkedHashMap<String, String>();
            errors.forEach((blockId, error) -> plain.put(blockId, formError(error)));
            return plain;
        }

        /**
         * The view with every plain text in it, and every plain-text input's initial value, written
         * out: what someone typed into a task keeps its mentions in the ledger, but a form shows it.
         */
        public View view(View view) {
            var json = GSON.toJsonTree(view);
            writeOut(json);
            return GSON.fromJson(json, View.class);
        }

        private void writeOut(JsonElement element) {
            if (element.isJsonArray()) {
                element.getAsJsonArray().forEach(this::writeOut);
                return;
            }
            if (!element.isJsonObject()) {
                return;
            }
            var object = element.getAsJsonObject();
            var type = object.get("type");
            var typed = type != null && type.isJsonPrimitive() ? type.getAsString() : "";
            var field = switch (typed) {
                case "plain_text" -> "text";
                case "plain_text_input" -> "initial_value";
                default -> null;
            };
            if (field != null && object.get(field) instanceof JsonPrimitive value && value.isString()) {
                object.addProperty(field, text(value.getAsString()));
            }
            object.entrySet().forEach(member -> writeOut(member.getValue()));
        }

        private String written(MatchResult markup) {
            var sigil = markup.group(1) == null ? "" : markup.group(1);
            var id = markup.group(2);
            var label = markup.group(3) == null || markup.group(3).isBlank() ? null : markup.group(3);
            return switch (sigil) {
                case "@" -> known.of(teamId, id).orElse(label == null ? "someone" : label);
                case "#" ->
                    known.of(teamId, id)
                            .or(() -> Optional.ofNullable(label))
                            .map(name -> "#" + name)
                            .orElse("a channel");
                case "!" -> label != null ? label : id.startsWith("subteam^") ? "a group" : "@" + id;
                default -> label != null ? label : id;
            };
        }
    }
}
