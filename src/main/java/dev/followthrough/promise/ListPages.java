package dev.followthrough.promise;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.SlackPlatform;
import java.util.List;

/** "Show more" under a page of a list: the next page, in place of the one it was pressed on. */
final class ListPages {

    private final List<ListCommand> lists;
    private final SlackPlatform slack;

    ListPages(List<ListCommand> lists, SlackPlatform slack) {
        this.lists = List.copyOf(lists);
        this.slack = slack;
    }

    Response showMore(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var page = PromiseList.Page.of(payload.getActions().get(0).getValue());
        var list = page.flatMap(asked -> lists.stream()
                .filter(candidate -> candidate.word().equals(asked.list()))
                .findFirst());
        var url = payload.getResponseUrl();
        if (page.isPresent() && list.isPresent() && url != null) {
            // The pages are the presser's own promises, whoever's message the button was on.
            var next = list.get()
                    .nextPage(
                            payload.getTeam().getId(),
                            payload.getUser().getId(),
                            page.get().from());
            slack.afterAck("showing more of a list", () -> slack.respond(url, next));
        }
        return context.ack();
    }
}
