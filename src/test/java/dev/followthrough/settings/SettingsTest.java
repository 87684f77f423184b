package dev.followthrough.settings;

import static dev.followthrough.support.SlackRequests.checked;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.platform.slack.SharedButtons;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
        followthrough.requests.slashCommand("U100", "D100", "list");
    }

    @Test
    void settingsRoundTripAndChangeHowDeadlinesAreReadAndReminded() {
        var form = openFromHome();
        assertThat(form.toString()).contains("1 day before").contains("\"initial_time\":\"09:00\"");
        assertThat(checkedValues(form, SettingsForm.LEAD_TIMES)).contains("1440", "60");

        var saved = submit(
                form,
                Map.of(
                        SettingsForm.LEAD_TIMES,
                        checked("2880", "15"),
                        SettingsForm.WORK_DAYS,
                        checked("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                        SettingsForm.WORK_START,
                        pickedTime("08:00"),
                        SettingsForm.WORK_END,
                        pickedTime("16:00"),
                        SettingsForm.END_OF_DAY,
                        pickedTime("15:00"),
                        SettingsForm.DIGEST_DAY,
                        dev.followthrough.support.SlackRequests.pickedOption("FRIDAY"),
                        SettingsForm.DIGEST_TIME,
                        pickedTime("16:30"),
                        SettingsForm.DIGEST_WHEN_EMPTY,
                        checked()));

        var confirmation = JsonParser.parseString(saved.body()).getAsJsonObject();
        assertThat(confirmation.get("response_action").getAsString()).isEqualTo("update");
        assertThat(confirmation
                        .getAsJsonObject("view")
                        .getAsJsonArray("blocks")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("text")
                        .get("text")
                        .getAsString())
                .isEqualTo(":white_check_mark: Saved. What changed:\n"
                        + "• Reminders: 2 days and 15 minutes before _(was 1 day and 1 hour before)_\n"
                        + "• Working days: Mon, Tue, Wed, Thu _(was Mon, Tue, Wed, Thu, Fri)_\n"
                        + "• Working hours: 08:00–16:00 _(was 09:00–18:00)_\n"
                        + "• A date without a time means: 15:00 _(was 17:00)_\n"
                        + "• Weekly digest: Friday at 16:30 _(was Monday at 09:00)_\n"
                        + "• In a quiet week: no digest _(was a digest all the same)_");
        assertThat(followthrough.strings("SELECT digest_day || ' ' || digest_time || ' ' || digest_when_empty"
                        + " || ' ' || coalesce(digest_check_at::text, 'replan') FROM users WHERE user_id = 'U100'"))
                .containsExactly("FRIDAY 16:30:00 false replan");
        assertThat(followthrough.strings("SELECT array_to_string(nudge_lead_minutes, ',') || ' ' || work_days || ' '"
                        + " || work_start || '-' || work_end || ' ' || end_of_day FROM users WHERE user_id = 'U100'"))
                .containsExactly("2880,15 MONDAY,TUESDAY,WEDNESDAY,THURSDAY 08:00:00-16:00:00 15:00:00");
        followthrough.requests.slashCommand("U100", "D100", "send Acme the deck by Dec 3");
        assertThat(followthrough.strings("SELECT to_char(due_at AT TIME ZONE 'America/New_York', 'MM-DD HH24:MI')"
                        + " FROM commitments"))
                .containsExactly("12-03 15:00");

        followthrough.slack.reset();
        var reopened = openFromHome();
        assertThat(checkedValues(reopened, SettingsForm.LEAD_TIMES)).containsExactly("2880", "15");
    }

    @Test
    void impossibleSettingsAreExplainedOnTheirFields() {
        var form = openFromHome();

        var response = submit(
                form,
                Map.of(
                        SettingsForm.WORK_DAYS, checked(),
                        SettingsForm.WORK_START, pickedTime("17:00"),
                        SettingsForm.WORK_END, pickedTime("09:00"),
                        SettingsForm.END_OF_DAY, pickedTime("17:00")));

        var errors = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.has(SettingsForm.WORK_DAYS)).isTrue();
        assertThat(errors.has(SettingsForm.WORK_END)).isTrue();
        assertThat(followthrough.strings("SELECT work_start::text FROM users WHERE user_id = 'U100'"))
                .containsExactly("09:00:00");
    }

    @Test
    void promiseSettingsOpensTheSameFormAndTheCalendarFeedCanBeReset() {
        followthrough.requests.slashCommand("U100", "D100", "settings");
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        assertThat(form.get("callback_id").getAsString()).isEqualTo(SettingsForm.CALLBACK_ID);
        assertThat(form.toString()).contains("calendar feed").contains("/calendar/u/T0001/U100/");
        var confirm = resetButton(form).getAsJsonObject("confirm");
        assertThat(confirm.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Reset your calendar link?");
        assertThat(confirm.getAsJsonObject("text").get("text").getAsString()).contains("The old link stops working");
        assertThat(confirm.getAsJsonObject("confirm").get("text").getAsString()).isEqualTo("Reset the link");
        assertThat(confirm.getAsJsonObject("deny").get("text").getAsString()).isEqualTo("Keep it");
        var before = followthrough.strings("SELECT token FROM calendar_feeds WHERE user_id = 'U100'");

        var press = followthrough.requests.buttonPress("U100", "D100", SettingsForm.RESET_FEED, "reset");
        var view = new JsonObject();
        view.addProperty("id", "VSETTINGS");
        view.addProperty("hash", "1.h");
        press.add("view", view);
        followthrough.requests.interaction(press);

        var update = awaitCall("views.update");
        assertThat(update.param("view_id")).isEqualTo("VSETTINGS");
        assertThat(followthrough.strings("SELECT token FROM calendar_feeds WHERE user_id = 'U100'"))
                .isNotEqualTo(before);
    }

    @Test
    void savingWithNothingChangedSaysSo() {
        var form = openFromHome();

        var saved = submit(
                form,
                Map.of(
                        SettingsForm.LEAD_TIMES,
                        checked("1440", "60"),
                        SettingsForm.WORK_DAYS,
                        checked("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        SettingsForm.WORK_START,
                        pickedTime("09:00"),
                        SettingsForm.WORK_END,
                        pickedTime("18:00"),
                        SettingsForm.END_OF_DAY,
                        pickedTime("17:00"),
                        SettingsForm.DIGEST_DAY,
                        dev.followthrough.support.SlackRequests.pickedOption("MONDAY"),
                        SettingsForm.DIGEST_TIME,
                        pickedTime("09:00"),
                        SettingsForm.DIGEST_WHEN_EMPTY,
                        checked("yes")));

        assertThat(JsonParser.parseString(saved.body()).toString())
                .contains("Saved. Nothing changed: your settings are as they were.");
    }

    private static JsonObject resetButton(JsonObject form) {
        for (var block : form.getAsJsonArray("blocks")) {
            var elements = block.getAsJsonObject().getAsJsonArray("elements");
            if (elements != null) {
                for (var element : elements) {
                    if (SettingsForm.RESET_FEED.equals(
                            element.getAsJsonObject().get("action_id").getAsString())) {
                        return element.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no reset button in " + form);
    }

    private JsonObject openFromHome() {
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", SharedButtons.OPEN_SETTINGS, "settings"));
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        followthrough.slack.reset();
        return form;
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        return followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100", form.get("callback_id").getAsString(), "", values));
    }

    private static java.util.List<String> checkedValues(JsonObject form, String blockId) {
        for (var block : form.getAsJsonArray("blocks")) {
            var json = block.getAsJsonObject();
            if (json.has("block_id") && blockId.equals(json.get("block_id").getAsString())) {
                var element = json.getAsJsonObject("element");
                var values = new java.util.ArrayList<String>();
                if (element.has("initial_options")) {
                    element.getAsJsonArray("initial_options")
                            .forEach(option -> values.add(
                                    option.getAsJsonObject().get("value").getAsString()));
                }
                return values;
            }
        }
        return java.util.List.of();
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }
}
