package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each surface's buttons, read from what the app actually sent Slack, pressed one at a time on a
 * fresh promise: every catalogue button on every surface reaches its action and has its effect.
 */
class EveryButtonFromEverySurfaceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String CHANNEL = "C200";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    /**
     * A button (or one option of a select) as Slack would send it back when pressed. The answers
     * to "when is the next update?" count as {@link Action#FOLLOWED_UP}, told apart by {@code answer}.
     */
    private record Button(String blockId, Action action, Optional<NextUpdate> answer, String value, boolean option) {

        String actionId() {
            return answer.map(NextUpdate::id).orElse(action == null ? "" : action.id());
        }
    }

    /** Where the buttons were shown, and so how a press from there looks. */
    private record Shown(long commitmentId, List<Button> buttons, boolean onHome, String channel) {}

    @BeforeEach
    void startClean() {
        fresh();
    }

    @Test
    void theSummaryAfterPromiseMarksDoneEditsAndUndoes() {
        pressEach(
                () -> {
                    var answer = followthrough.requests.slashCommand("U100", CHANNEL, "send Acme the deck by Fri 2pm");
                    var blocks = JsonParser.parseString(answer.body())
                            .getAsJsonObject()
                            .getAsJsonArray("blocks");
                    return new Shown(lastId(), buttons(blocks), false, CHANNEL);
                },
                List.of(Action.MARK_DONE, Action.EDIT, Action.UNDO));
    }

    @Test
    void theNudgeDirectMessageActsWithEveryButtonAndEverySnooze() {
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    followthrough.clock.set(at("2026-11-26T14:00:30"));
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.DELIVERED, Action.FOLLOWED_UP, Action.RENEGOTIATE, Action.SNOOZE, Action.CANCEL));
    }

    @Test
    void theMissedFirmUpAndSlippedDirectMessagesActWithEveryButton() {
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    followthrough.clock.set(at("2026-11-28T09:00"));
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.RENEGOTIATE, Action.DELIVERED, Action.CANCEL));
        pressEach(
                () -> {
                    var id = promise("call the CFO back in two weeks");
                    followthrough.clock.set(at("2026-11-24T09:00:30"));
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.FIRM_UP, Action.DELIVERED, Action.CANCEL));
        pressEach(
                () -> {
                    var id = promise("<@U300|buyer> will send the PO by Tuesday");
                    followthrough.clock.set(at("2026-11-24T17:10:30"));
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.THEY_DELIVERED, Action.SEND_CHECK_IN, Action.NEW_DATE, Action.DROP));
    }

    @Test
    void whatFollowsAKeepAndFollowedUpActsToo() {
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    press(new Shown(id, List.of(), false, "D100"), button(Action.DELIVERED, id));
                    var settled = awaitCall("chat.update");
                    followthrough.slack.reset();
                    return new Shown(id, buttons(blocksOf(settled)), false, "D100");
                },
                List.of(Action.NEXT_STEP, Action.REOPEN));
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    press(new Shown(id, List.of(), false, CHANNEL), button(Action.MARK_DONE, id));
                    var confirmation = awaitCall("response_url");
                    followthrough.slack.reset();
                    return new Shown(id, buttons(blocksOf(confirmation)), false, CHANNEL);
                },
                List.of(Action.NEXT_STEP, Action.REOPEN));
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    press(new Shown(id, List.of(), false, "D100"), button(Action.FOLLOWED_UP, id));
                    var question = awaitCall("response_url");
                    followthrough.slack.reset();
                    return new Shown(id, buttons(blocksOf(question)), false, "D100");
                },
                List.of(Action.FOLLOWED_UP, Action.FOLLOWED_UP, Action.FOLLOWED_UP));
    }

    @Test
    void appHomeRowsActWithEveryButton() {
        pressEach(
                () -> onHome(promise("send Acme the deck by Fri 2pm")),
                List.of(Action.DELIVERED, Action.RENEGOTIATE, Action.SNOOZE, Action.EDIT));
        pressEach(
                () -> onHome(promise("call the CFO back in two weeks")),
                List.of(Action.DELIVERED, Action.FIRM_UP, Action.EDIT));
        pressEach(
                () -> onHome(promise("<@U300|buyer> will send the PO by Tuesday")),
                List.of(Action.DELIVERED, Action.NEW_DATE, Action.EDIT));
    }

    @Test
    void theListOfPromiseCancelOpensTheCancelForm() {
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Fri 2pm");
                    var answer = followthrough.requests.slashCommand("U100", CHANNEL, "cancel");
                    var blocks = JsonParser.parseString(answer.body())
                            .getAsJsonObject()
                            .getAsJsonArray("blocks");
                    return new Shown(id, buttons(blocks), false, CHANNEL);
                },
                List.of(Action.CANCEL));
    }

    @Test
    void theDigestRowsOpenTheirForms() {
        pressEach(
                () -> {
                    var id = promise("send Acme the deck by Tue 2pm");
                    followthrough.clock.set(at("2026-11-25T09:00"));
                    followthrough.awaitSettled();
                    followthrough.slack.reset();
                    followthrough.requests.slashCommand("U100", "D100", "digest");
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.RENEGOTIATE));
        pressEach(
                () -> {
                    var id = promise("call the CFO back in two weeks");
                    followthrough.requests.slashCommand("U100", "D100", "digest");
                    return new Shown(id, buttons(awaitDirectMessage()), false, "D100");
                },
                List.of(Action.FIRM_UP));
    }

    /** Shows the surface afresh for each of its buttons, presses that one, and checks what it did. */
    private void pressEach(Supplier<Shown> show, List<Action> expected) {
        var first = show(show);
        assertThat(first.buttons().stream().map(Button::action).toList()).containsExactlyElementsOf(expected(expected));
        for (var index = 0; index < first.buttons().size(); index++) {
            var shown = index == 0 ? first : show(show);
            var button = shown.buttons().get(index);
            press(shown, button);
            expectEffect(shown, button);
        }
        fresh();
    }

    private Shown show(Supplier<Shown> show) {
        fresh();
        var shown = show.get();
        followthrough.awaitSettled();
        followthrough.slack.reset();
        return shown;
    }

    /** The snooze menu is a button per option here, one press each. */
    private static List<Action> expected(List<Action> actions) {
        var expanded = new ArrayList<Action>();
        for (var action : actions) {
            var times = action == Action.SNOOZE ? Snooze.values().length : 1;
            for (var time = 0; time < times; time++) {
                expanded.add(action);
            }
        }
        return expanded;
    }

    private void expectEffect(Shown shown, Button button) {
        var id = shown.commitmentId();
        if (button.answer().isPresent()) {
            awaitEvent(id, "FOLLOWED_UP");
            expectConfirmation(shown, "Followed up on");
            return;
        }
        switch (button.action()) {
            case DELIVERED, THEY_DELIVERED, MARK_DONE -> {
                awaitStatus(id, "KEPT");
                var theirs = followthrough
                        .strings("SELECT direction FROM commitments WHERE id = " + id)
                        .equals(List.of("THEIRS"));
                if (theirs) {
                    expectConfirmation(shown, " delivered", "What's next with");
                } else {
                    expectConfirmation(shown, "*Delivered", "What's the next step");
                }
            }
            case UNDO -> {
                awaitStatus(id, "UNDONE");
                expectConfirmation(shown, "Undone");
            }
            case SNOOZE -> {
                awaitEvent(id, "SNOOZED");
                expectConfirmation(shown, "Snoozed");
            }
            case FOLLOWED_UP ->
                assertThat(awaitCall("response_url").param("blocks")).contains(NextUpdate.TOMORROW.id());
            case RENEGOTIATE, FIRM_UP, NEW_DATE -> expectForm("deadline_form", id);
            case CANCEL, DROP -> expectForm("cancel_form", id);
            case NEXT_STEP -> expectForm("next_step_form", id);
            case SEND_CHECK_IN -> expectForm("check_in_form", id);
            case EDIT -> expectForm("promise_modal", id);
            case REOPEN -> {
                awaitStatus(id, "OPEN");
                expectConfirmation(shown, "Reopened");
            }
        }
    }

    /**
     * The same words for the same change from every surface, wherever it shows: the message
     * pressed on (updated, or answered through its response URL), the digest's thread, or, from
     * App Home, a DM when there is a question to ask. Otherwise App Home itself shows the change.
     */
    private void expectConfirmation(Shown shown, String... words) {
        var asks = Arrays.stream(words).anyMatch(word -> word.startsWith("What's"));
        if (shown.onHome() && !asks) {
            return;
        }
        await().atMost(Duration.ofSeconds(15))
                .until(() -> List.of("response_url", "chat.update", "chat.postMessage").stream()
                        .flatMap(method -> followthrough.slack.calls(method).stream())
                        .map(call -> call.param("text") + " " + call.param("blocks"))
                        .anyMatch(said -> Arrays.stream(words).allMatch(said::contains)));
    }

    private void expectForm(String callbackId, long id) {
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        assertThat(form.get("callback_id").getAsString()).isEqualTo(callbackId);
        assertThat(form.get("private_metadata").getAsString()).contains(Long.toString(id));
    }

    private void press(Shown shown, Button button) {
        var payload = button.option()
                ? followthrough.requests.optionChosen("U100", shown.channel(), button.actionId(), button.value())
                : followthrough.requests.buttonPress("U100", shown.channel(), button.actionId(), button.value());
        payload.getAsJsonArray("actions").get(0).getAsJsonObject().addProperty("block_id", button.blockId());
        if (shown.onHome()) {
            var container = new JsonObject();
            container.addProperty("type", "view");
            container.addProperty("view_id", "VHOME");
            payload.add("container", container);
            payload.remove("response_url");
        }
        assertThat(followthrough.requests.interaction(payload).statusCode()).isEqualTo(200);
    }

    private Shown onHome(long id) {
        followthrough.slack.reset();
        var event = """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev%d","event_time":1700000000,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"home",\
                "event_ts":"1700000000.000100"}}""".formatted(System.nanoTime());
        followthrough.requests.send(event, "application/json", Map.of());
        var view =
                JsonParser.parseString(awaitCall("views.publish").param("view")).getAsJsonObject();
        return new Shown(id, buttons(view.getAsJsonArray("blocks")), true, "D100");
    }

    /** Every catalogue button in the blocks, in order; each option of a select counts as one. */
    private static List<Button> buttons(JsonArray blocks) {
        var buttons = new ArrayList<Button>();
        for (var element : blocks) {
            var block = element.getAsJsonObject();
            var blockId = block.has("block_id") ? block.get("block_id").getAsString() : "";
            var elements = new ArrayList<JsonObject>();
            if (block.has("elements") && "actions".equals(block.get("type").getAsString())) {
                block.getAsJsonArray("elements").forEach(item -> elements.add(item.getAsJsonObject()));
            }
            if (block.has("accessory")) {
                elements.add(block.getAsJsonObject("accessory"));
            }
            for (var item : elements) {
                var actionId = item.get("action_id").getAsString();
                var action = Arrays.stream(Action.values())
                        .filter(candidate -> candidate.id().equals(actionId))
                        .findFirst();
                var answer = Arrays.stream(NextUpdate.values())
                        .filter(candidate -> candidate.id().equals(actionId))
                        .findFirst();
                if (action.isEmpty() && answer.isEmpty()) {
                    continue;
                }
                var as = action.orElse(Action.FOLLOWED_UP);
                if (item.has("options")) {
                    for (var option : item.getAsJsonArray("options")) {
                        var value = option.getAsJsonObject().get("value").getAsString();
                        buttons.add(new Button(blockId, as, answer, value, true));
                    }
                } else {
                    buttons.add(
                            new Button(blockId, as, answer, item.get("value").getAsString(), false));
                }
            }
        }
        return buttons;
    }

    private static List<Button> buttons(SlackStandIn.Call message) {
        return buttons(blocksOf(message));
    }

    private static JsonArray blocksOf(SlackStandIn.Call call) {
        return JsonParser.parseString(call.param("blocks")).getAsJsonArray();
    }

    private static Button button(Action action, long id) {
        return new Button("promise_actions", action, Optional.empty(), Long.toString(id), false);
    }

    private long promise(String text) {
        followthrough.requests.slashCommand("U100", CHANNEL, text);
        return lastId();
    }

    private long lastId() {
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private SlackStandIn.Call awaitDirectMessage() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> "U100".equals(call.param("channel"))));
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }

    private void awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT status FROM commitments WHERE id = " + id)
                        .equals(List.of(status)));
    }

    private void awaitEvent(long id, String kind) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id)
                        .contains(kind));
    }

    private void fresh() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
