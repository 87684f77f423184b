package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * Answers to a slash command, given in the ack body: no Web API call, works in any channel. Each is
 * kept within Block Kit's limits ({@link BlockKitFit}).
 */
public final class SlackAnswers {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private SlackAnswers() {}

    public static String ephemeral(String text, List<LayoutBlock> blocks) {
        return json("ephemeral", text, blocks);
    }

    public static String ephemeral(String text) {
        return json("ephemeral", text, null);
    }

    public static String inChannel(String text, List<LayoutBlock> blocks) {
        return json("in_channel", text, blocks);
    }

    /** An ephemeral answer as the ack's response, ready to return from a handler. */
    public static Response ephemeralResponse(String text, List<LayoutBlock> blocks) {
        return response(ephemeral(text, blocks));
    }

    /** A text-only answer the whole channel sees, as the ack's response. */
    public static Response inChannelResponse(String text) {
        return response(json("in_channel", text, null));
    }

    public static Response response(String json) {
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(json)
                .build();
    }

    private static String json(String responseType, String text, List<LayoutBlock> blocks) {
        var answer = GSON.toJsonTree(SlashCommandResponse.builder()
                        .responseType(responseType)
                        .text(text)
                        .blocks(blocks)
                        .build())
                .getAsJsonObject();
        return GSON.toJson(BlockKitFit.message(answer));
    }
}
