package dev.followthrough.platform.outbox;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/** Block Kit blocks as the JSON the Web API takes, for {@link OutboxMessage}'s {@code blocksJson}. */
public final class BlockJson {

    // Slack's own snake_case Gson: the field names Block Kit expects, nulls left out.
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockJson() {}

    public static String of(List<LayoutBlock> blocks) {
        return GSON.toJson(blocks);
    }
}
