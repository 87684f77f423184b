package dev.followthrough.digest;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/** Ephemeral answers to a slash command, given in the ack body. */
final class Answers {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private Answers() {}

    static Response ephemeral(String text, List<LayoutBlock> blocks) {
        var body = GSON.toJson(SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(text)
                .blocks(blocks)
                .build());
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(body)
                .build();
    }
}
