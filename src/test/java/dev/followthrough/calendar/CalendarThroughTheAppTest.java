package dev.followthrough.calendar;

import static dev.followthrough.calendar.CalendarReader.events;
import static dev.followthrough.calendar.CalendarReader.instant;
import static dev.followthrough.calendar.CalendarReader.read;
import static dev.followthrough.calendar.CalendarReader.value;
import static dev.followthrough.support.SlackRequests.pickedDate;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calendar links and files through the running app: the buttons on messages, and the URLs behind them. */
class CalendarThroughTheAppTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Jdbi jdbi = Jdbi.create(databaseUrl()).installPlugin(new SqlObjectPlugin());
    private final CalendarFeeds feeds =
            new CalendarFeeds(jdbi, Optional.of(URI.create(RunningFollowthrough.PUBLIC_URL)));

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void hardPromiseOffersGoogleCalendarAndItsOwnFile() throws Exception {
        // Monday 23 November 2026, 10:00 in New York; "Fri 2pm" is 27 November, 19:00 UTC.
        var answer = slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");

        var options = calendarOptions(answer);
        assertThat(options).hasSize(2);
        assertThat(options.get(0).get("url").getAsString())
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE")
                .contains("&dates=20261127T183000Z/20261127T190000Z");
        var ics = URI.create(options.get(1).get("url").getAsString());
        assertThat(ics.toString()).startsWith(RunningFollowthrough.PUBLIC_URL + "/calendar/c/");

        var file = get(ics.getPath());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        var calendar = read(file.body());
        var event = events(calendar).get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Due: send Acme the deck");
        assertThat(value(event, Property.DTEND)).isEqualTo("20261127T140000");
        assertThat(instant(calendar, event, Property.DTEND)).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
    }

    @Test
    void softPromiseHasNoCalendarButton() {
        var answer = slashCommand("U100", "C200", "call the CFO back in two weeks");

        assertThat(answer.toString()).doesNotContain(CalendarBlocks.ADD_TO_CALENDAR);
    }

    @Test
    void choosingFromTheMenuIsAcknowledged() {
        var press = followthrough.requests.buttonPress("U100", "C200", CalendarBlocks.ADD_TO_CALENDAR, "google");

        assertThat(followthrough.requests.interaction(press).statusCode()).isEqualTo(200);
    }

    @Test
    void anyWrongOrMissingTokenIsNotFound() throws Exception {
        var answer = slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        var path = URI.create(calendarOptions(answer).get(1).get("url").getAsString())
                .getPath();
        var id = path.split("/")[3];
        var token = path.split("/")[4].replace(".ics", "");
        var flipped = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(get(path).statusCode()).isEqualTo(200);
        assertThat(get("/calendar/c/" + id + "/" + flipped + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(get("/calendar/c/" + id + "/.ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/c/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/calendar/c/" + (Long.parseLong(id) + 1) + "/" + token + ".ics")
                        .statusCode())
                .isEqualTo(404);
        var otherTeam = new LinkTokens(AppSecrets.named(jdbi, CalendarFeature.SECRET_NAME)).of("T9999", 1);
        assertThat(get("/calendar/c/" + id + "/" + otherTeam + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(get("/calendar/u/T0001/U100/" + token + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void aCancelledPromiseIsCancelledInTheFileAndAnUndoneOneIsGone() throws Exception {
        var cancelled = icsPath(slashCommand("U100", "C200", "send Acme the deck by Fri 2pm"));
        var undone = icsPath(slashCommand("U100", "C200", "send Acme the notes by Fri 2pm"));
        followthrough.jdbi.useHandle(handle -> handle.execute("UPDATE commitments SET status = CASE what"
                + " WHEN 'send Acme the deck' THEN 'CANCELLED' ELSE 'UNDONE' END"));

        var calendar = read(get(cancelled).body());

        assertThat(value(events(calendar).get(0), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(get(undone).statusCode()).isEqualTo(404);
    }

    @Test
    void linksAreSignedWithTheSecretKeptInTheDatabase() throws Exception {
        slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        var id = Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));

        // What another instance, or this one after a restart, reads on start.
        var again = new LinkTokens(AppSecrets.named(jdbi, CalendarFeature.SECRET_NAME));

        assertThat(followthrough.number("SELECT count(*) FROM app_secrets")).isEqualTo(1);
        assertThat(followthrough.number("SELECT length(value) FROM app_secrets"))
                .isEqualTo(32);
        assertThat(get("/calendar/c/" + id + "/" + again.of("T0001", id) + ".ics")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void feedListsExactlyTheOpenHardCommitmentsOfItsUser() throws Exception {
        followthrough.slack.name("U300", "Dana");
        slashCommand("U100", "D100", "send Acme the deck by Fri 2pm");
        slashCommand("U100", "D100", "<@U300|buyer> will send the PO by Tuesday");
        slashCommand("U100", "D100", "call the CFO back in two weeks");
        slashCommand("U100", "D100", "send the invoice by Thursday");
        slashCommand("U101", "D101", "send the contract by Wednesday");
        followthrough.jdbi.useHandle(handle ->
                handle.execute("UPDATE commitments SET status = 'KEPT'" + " WHERE what = 'send the invoice'"));
        // Asked for when the promise was recorded; a calendar names them once Slack has.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough
                        .strings("SELECT name FROM display_names WHERE slack_id = 'U300'")
                        .equals(List.of("Dana")));

        var feed = get(feeds.url("T0001", "U100").orElseThrow().getPath());

        assertThat(feed.statusCode()).isEqualTo(200);
        var calendar = read(feed.body());
        assertThat(events(calendar).stream().map(event -> value(event, Property.SUMMARY)))
                // Soonest first: Tuesday, then Friday.
                .containsExactly("Expected: send the PO (from Dana)", "Due: send Acme the deck");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Followthrough promises");
    }

    @Test
    void rotatingTheFeedRevokesTheOldUrl() throws Exception {
        slashCommand("U100", "D100", "send Acme the deck by Fri 2pm");
        var old = feeds.url("T0001", "U100").orElseThrow();
        assertThat(feeds.url("T0001", "U100")).hasValue(old);

        var fresh = feeds.rotate("T0001", "U100").orElseThrow();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(get(old.getPath()).statusCode()).isEqualTo(404);
        assertThat(get(fresh.getPath()).statusCode()).isEqualTo(200);
        assertThat(get("/calendar/u/T0001/U101/" + fresh.getPath().split("/")[5])
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void firmingUpASoftPromiseOffersTheCalendar() {
        slashCommand("U100", "C200", "call the CFO back in two weeks");
        var id = followthrough.strings("SELECT max(id) FROM commitments").get(0);

        followthrough.requests.interaction(followthrough.requests.buttonPress("U100", "D100", "reminder_firm_up", id));
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        followthrough.slack.reset();
        followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of("date", pickedDate("2026-11-26"), "time", pickedTime("15:00"))));

        var settled = awaitCall("chat.update").param("blocks");
        assertThat(settled).contains("Pinned down").contains(CalendarBlocks.ADD_TO_CALENDAR);
        assertThat(settled).contains("20261126T193000Z/20261126T200000Z");
        assertThat(settled).contains(RunningFollowthrough.PUBLIC_URL + "/calendar/c/" + id + "/");
    }

    /** The app's own database, read with SqlObject as the app does. */
    private String databaseUrl() {
        try {
            return followthrough.jdbi.withHandle(
                    handle -> handle.getConnection().getMetaData().getURL());
        } catch (java.sql.SQLException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private JsonObject slashCommand(String userId, String channelId, String text) {
        var response = followthrough.requests.slashCommand(userId, channelId, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String icsPath(JsonObject answer) {
        return URI.create(calendarOptions(answer).get(1).get("url").getAsString())
                .getPath();
    }

    /** The options of the "Add to calendar" menu in an answer's blocks; none when it has no menu. */
    private static List<JsonObject> calendarOptions(JsonObject answer) {
        var options = new ArrayList<JsonObject>();
        for (JsonElement block : answer.getAsJsonArray("blocks")) {
            var accessory = block.getAsJsonObject().getAsJsonObject("accessory");
            if (accessory != null
                    && CalendarBlocks.ADD_TO_CALENDAR.equals(
                            accessory.get("action_id").getAsString())) {
                accessory.getAsJsonArray("options").forEach(option -> options.add(option.getAsJsonObject()));
            }
        }
        return options;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + followthrough.application.httpPort() + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }
}
