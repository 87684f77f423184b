package dev.followthrough.promise;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/** Answers to a slash command, given in the ack body: no Web API call, works in any channel. */
final class SlackAnswers {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private SlackAnswers() {}

    static String ephemeral(String text, List<LayoutBlock> blocks) {
        return json("ephemeral", text, blocks);
    }

    static String ephemeral(String text) {
        return json("ephemeral", text, null);
    }

    static String inChannel(String text, List<LayoutBlock> blocks) {
        return json("in_channel", text, blocks);
    }

    static Response response(String json) {
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(json)
                .build();
    }

    private static String json(String responseType, String text, List<LayoutBlock> blocks) {
        return GSON.toJson(SlashCommandResponse.builder()
                .responseType(responseType)
                .text(text)
                .blocks(blocks)
                .build());
    }
}
