package dev.followthrough.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger download through the running app: the command's link, the file behind it, and revoking it. */
class ExportThroughTheAppTest {

    private static final Pattern LINK = Pattern.compile("<(https://[^|>]+)\\|Download your ledger \\(CSV\\)>");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void exportAnswersOnlyItsUserWithTheirLinkAndAWayToRevokeIt() {
        var answer = slashCommand("U100", "C200", "export");

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        var link = link(answer);
        assertThat(link.toString()).startsWith(RunningFollowthrough.PUBLIC_URL + "/export/T0001/U100/");
        assertThat(link.getPath()).endsWith(".csv");
        var button = revokeButton(answer);
        assertThat(button.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Revoke this link");
        assertThat(link.getPath()).contains("/" + button.get("value").getAsString() + ".csv");
        assertThat(answer.toString()).contains("/promise export revoke");
        // Asked again, the same link: one per user until it is revoked.
        assertThat(link(slashCommand("U100", "D100", "export"))).isEqualTo(link);
    }

    @Test
    void theFileHoldsEveryCommitmentWithEachEventAndHowEachDeadlineEnded() throws Exception {
        // Monday 23 November 2026, 10:00 in New York.
        slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        slashCommand("U100", "D100", "send the invoice by Wed 2pm");
        slashCommand("U100", "D100", "<@U300|buyer> will send the PO by Tuesday");
        slashCommand("U100", "D100", "call the CFO back in two weeks");
        var deck = id("send Acme the deck");
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), Long.toString(deck)));
        // Thursday: the invoice's deadline has passed and the sweep has recorded it missed.
        followthrough.clock.set(Instant.parse("2026-11-26T15:00:00Z"));
        followthrough.awaitSettled();

        var download = get(link(slashCommand("U100", "D100", "export")).getPath());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"followthrough-ledger-2026-11-26.csv\"");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        var rows = rows(download);
        assertThat(rows)
                .extracting(row -> row.get("task") + " | " + row.get("event") + " | " + row.get("outcome"))
                .containsExactly(
                        "send Acme the deck | CREATED | ",
                        "send Acme the deck | KEPT | KEPT_ON_TIME",
                        "send the invoice | CREATED | ",
                        "send the invoice | MISSED | MISSED",
                        "send the PO | CREATED | ",
                        "send the PO | MISSED | MISSED",
                        "call the CFO back | CREATED | ");
        var deckCreated = rows.get(0);
        assertThat(deckCreated.get("commitment_id")).isEqualTo(Long.toString(deck));
        assertThat(deckCreated.get("direction")).isEqualTo("MINE");
        assertThat(deckCreated.get("channel")).startsWith("#");
        // Times in the user's zone, with the offset.
        assertThat(deckCreated.get("created_at")).isEqualTo("2026-11-23T10:00:00-05:00");
        assertThat(deckCreated.get("event_at")).isEqualTo("2026-11-23T10:00:00-05:00");
        assertThat(deckCreated.get("deadline")).isEqualTo("2026-11-27T14:00:00-05:00");
        assertThat(deckCreated.get("firmness")).isEqualTo("HARD");
        var deckKept = rows.get(1);
        assertThat(deckKept.get("status")).isEqualTo("KEPT");
        assertThat(deckKept.get("timing")).isEqualTo("BY_THE_DEADLINE");
        var invoiceMissed = rows.get(3);
        assertThat(invoiceMissed.get("status")).isEqualTo("MISSED");
        assertThat(invoiceMissed.get("by")).isEqualTo(LedgerRows.FOLLOWTHROUGH);
        assertThat(invoiceMissed.get("old_deadline")).isEqualTo("2026-11-25T14:00:00-05:00");
        assertThat(invoiceMissed.get("channel")).isEmpty();
        var owedToThem = rows.get(4);
        assertThat(owedToThem.get("direction")).isEqualTo("THEIRS");
        assertThat(owedToThem.get("counterparty_slack_id")).isEqualTo("U300");
        var soft = rows.get(6);
        assertThat(soft.get("firmness")).isEqualTo("SOFT");
        assertThat(soft.get("deadline")).isEmpty();
        assertThat(soft.get("status")).isEqualTo("OPEN");
    }

    @Test
    void hostileTextComesBackAsTypedAndNoCellStartsAFormula() throws Exception {
        slashCommand(
                "U100",
                "D100",
                "=HYPERLINK(\"http://evil.example\",\"click\"), \"quoted\", a,b;\nnext line 🙂\u0000 by Fri 2pm");
        slashCommand("U100", "D100", "@SUM(1+1) -2 +cmd|' /C calc'!A0 by Fri 3pm");
        var typed = followthrough.strings("SELECT what FROM commitments ORDER BY id");
        // As typed, less the NUL (refused by PostgreSQL, dropped on the way in).
        assertThat(typed.get(0))
                .startsWith("=HYPERLINK(\"http")
                .contains("\"quoted\", a,b;")
                .endsWith("🙂");
        assertThat(typed.get(1)).startsWith("@SUM");
        // What a paste or an older row may hold: line breaks, a carriage return, a tab, a formula reason.
        var multiLine = "-1+1 \"first\"\r\nsecond, line\n\tthird 👩‍💻";
        followthrough.jdbi.useHandle(handle -> {
            handle.createUpdate("UPDATE commitments SET what = :what WHERE what LIKE '@SUM%'")
                    .bind("what", multiLine)
                    .execute();
            handle.execute("UPDATE commitment_events SET reason = '+cmd, \"why\"' WHERE kind = 'CREATED'");
        });

        var rows = rows(get(link(slashCommand("U100", "D100", "export")).getPath()));

        assertThat(rows).extracting(row -> row.get("task")).containsExactly("'" + typed.get(0), "'" + multiLine);
        assertThat(rows).extracting(row -> row.get("reason")).containsOnly("'+cmd, \"why\"");
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.values())
                        .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                        .noneMatch(cell -> cell.contains("\u0000")));
    }

    @Test
    void aRevokedLinkIsNotFoundAndANewOneCanBeMade() throws Exception {
        slashCommand("U100", "D100", "send Acme the deck by Fri 2pm");
        var first = slashCommand("U100", "D100", "export");
        var firstLink = link(first);
        assertThat(get(firstLink.getPath()).statusCode()).isEqualTo(200);

        var press = followthrough.requests.buttonPress(
                "U100",
                "D100",
                ExportAnswers.REVOKE,
                revokeButton(first).get("value").getAsString());
        assertThat(followthrough.requests.interaction(press).statusCode()).isEqualTo(200);

        var revoked = get(firstLink.getPath());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(new String(revoked.body(), StandardCharsets.UTF_8)).isEqualTo(ExportServlet.NOT_FOUND);
        assertThat(revoked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("response_url").stream()
                        .anyMatch(call -> call.json().toString().contains("Revoked")));

        var second = link(slashCommand("U100", "D100", "export"));
        assertThat(second).isNotEqualTo(firstLink);
        assertThat(get(second.getPath()).statusCode()).isEqualTo(200);

        var byCommand = slashCommand("U100", "D100", "export revoke");
        assertThat(byCommand.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(byCommand.get("text").getAsString()).isEqualTo(ExportAnswers.REVOKED);
        assertThat(get(second.getPath()).statusCode()).isEqualTo(404);
        assertThat(slashCommand("U100", "D100", "export revoke").get("text").getAsString())
                .isEqualTo(ExportAnswers.NOTHING_TO_REVOKE);
        // The first message's button, pressed late, has nothing left to revoke.
        followthrough.requests.interaction(followthrough.requests.buttonPress(
                "U100",
                "D100",
                ExportAnswers.REVOKE,
                revokeButton(first).get("value").getAsString()));
        assertThat(followthrough.number("SELECT count(*) FROM ledger_exports")).isZero();
    }

    @Test
    void aWrongOrUnknownLinkIsNotFound() throws Exception {
        var path = link(slashCommand("U100", "D100", "export")).getPath();
        var token = path.substring(path.lastIndexOf('/') + 1).replace(".csv", "");
        var flipped = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(get(path).statusCode()).isEqualTo(200);
        assertThat(get("/export/T0001/U100/" + flipped + ".csv").statusCode()).isEqualTo(404);
        assertThat(get("/export/T0001/U101/" + token + ".csv").statusCode()).isEqualTo(404);
        assertThat(get("/export/T0002/U100/" + token + ".csv").statusCode()).isEqualTo(404);
        assertThat(get("/export/T0001/U100/" + token).statusCode()).isEqualTo(404);
        assertThat(get("/export/T0001/U100/.csv").statusCode()).isEqualTo(404);
        assertThat(get("/export/").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUsersAndAnotherWorkspacesPromisesNeverAppear() throws Exception {
        slashCommand("U100", "D100", "send Acme the deck by Fri 2pm");
        slashCommand("U101", "D101", "send the contract by Wednesday");
        slashCommand("U100", "D100", "send the other workspace's secret by Fri 2pm");
        // The same user id in another workspace: a different person, whose ledger this is not.
        followthrough.jdbi.useHandle(handle -> {
            handle.execute("UPDATE commitment_events SET team_id = 'T0002' WHERE commitment_id IN"
                    + " (SELECT id FROM commitments WHERE what LIKE '%secret%')");
            handle.execute("UPDATE commitments SET team_id = 'T0002' WHERE what LIKE '%secret%'");
        });

        var mine = rows(get(link(slashCommand("U100", "D100", "export")).getPath()));
        var theirs = rows(get(link(slashCommand("U101", "D101", "export")).getPath()));

        assertThat(mine).extracting(row -> row.get("task")).containsOnly("send Acme the deck");
        assertThat(theirs).extracting(row -> row.get("task")).containsOnly("send the contract");
    }

    @Test
    void slacksRetriesOfTheCommandGiveOneLink() {
        var body = SlackRequests.form(followthrough.requests.command("U100", "D100", "export"));
        var answers = new ArrayList<String>();
        for (var attempt = 0; attempt < 4; attempt++) {
            var headers = attempt == 0
                    ? Map.<String, String>of()
                    : Map.of("X-Slack-Retry-Num", Integer.toString(attempt), "X-Slack-Retry-Reason", "http_timeout");
            var response = followthrough.requests.send(body, "application/x-www-form-urlencoded", headers);
            assertThat(response.statusCode()).isEqualTo(200);
            answers.add(link(JsonParser.parseString(response.body()).getAsJsonObject())
                    .toString());
        }

        assertThat(answers).containsOnly(answers.get(0));
        assertThat(followthrough.number("SELECT count(*) FROM ledger_exports")).isEqualTo(1);
    }

    @Test
    void aPromiseThatBeginsWithTheWordIsStillAPromise() {
        var answer = slashCommand("U100", "D100", "export the Q3 numbers for Acme by Fri 2pm");

        assertThat(answer.toString()).doesNotContain(ExportAnswers.REVOKE);
        assertThat(followthrough.strings("SELECT what FROM commitments"))
                .containsExactly("export the Q3 numbers for Acme");
        assertThat(followthrough.number("SELECT count(*) FROM ledger_exports")).isZero();
        // A typo of the sub-command is no promise either: nothing saved, no link made.
        var typo = slashCommand("U100", "D100", "export revok");
        assertThat(typo.get("text").getAsString()).contains("Did you mean `/promise export`");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
    }

    // --- helpers ---

    private JsonObject slashCommand(String userId, String channelId, String text) {
        var response = followthrough.requests.slashCommand(userId, channelId, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private long id(String task) {
        return followthrough.number("SELECT id FROM commitments WHERE what = '" + task.replace("'", "''") + "'");
    }

    static URI link(JsonObject answer) {
        var matcher = LINK.matcher(answer.toString());
        assertThat(matcher.find()).as("a download link in " + answer).isTrue();
        return URI.create(matcher.group(1));
    }

    static JsonObject revokeButton(JsonObject answer) {
        for (JsonElement block : answer.getAsJsonArray("blocks")) {
            var elements = block.getAsJsonObject().getAsJsonArray("elements");
            if (elements == null) {
                continue;
            }
            for (JsonElement element : elements) {
                var action = element.getAsJsonObject().get("action_id");
                if (action != null && ExportAnswers.REVOKE.equals(action.getAsString())) {
                    return element.getAsJsonObject();
                }
            }
        }
        throw new AssertionError("no revoke button in " + answer);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + followthrough.application.httpPort() + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file's rows by its header's names, after checking it starts with the byte order mark. */
    static List<Map<String, String>> rows(HttpResponse<byte[]> download) {
        var text = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var read = StrictCsv.read(text.substring(1));
        assertThat(read.get(0)).isEqualTo(LedgerColumns.HEADER);
        var rows = new ArrayList<Map<String, String>>();
        for (var cells : read.subList(1, read.size())) {
            assertThat(cells).hasSameSizeAs(LedgerColumns.HEADER);
            var row = new LinkedHashMap<String, String>();
            for (var column = 0; column < cells.size(); column++) {
                row.put(LedgerColumns.HEADER.get(column), cells.get(column));
            }
            rows.add(row);
        }
        return rows;
    }
}
