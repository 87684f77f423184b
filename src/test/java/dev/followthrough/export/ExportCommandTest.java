package dev.followthrough.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a public address there is no link to give: the answer says so, and what to set. */
class ExportCommandTest {

    private static final dev.followthrough.platform.slack.Subcommand NOT_A_PROMISE =
            (payload, text, context) -> Response.error(500);

    @Test
    void withoutPublicUrlTheAnswerSaysWhatIsMissingAndMakesNoLink() {
        // No database is needed: without PUBLIC_URL no link is made, or looked for.
        var command = new ExportCommand(new ExportLinks(null, Optional.empty()), NOT_A_PROMISE);
        var payload = new SlashCommandPayload();
        payload.setTeamId("T0001");
        payload.setUserId("U100");
        payload.setText("export");

        var answer = JsonParser.parseString(command.handle(payload, "", null).getBody())
                .getAsJsonObject();

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.get("text").getAsString())
                .isEqualTo(ExportAnswers.NO_PUBLIC_URL)
                .contains("PUBLIC_URL");
    }
}
