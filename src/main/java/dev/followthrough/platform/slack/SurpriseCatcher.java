package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import dev.followthrough.platform.database.DatabaseTrouble;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a handler's failure is caught and answered: never an empty 200 that hides it. A
 * command gets the answer in its ack, a form keeps what was typed and shows why on a field, a
 * button gets a message of its own. A database that is away is an outage, logged in one line; any
 * other failure is a surprise, logged with its stack trace and what Slack sent.
 */
final class SurpriseCatcher implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SurpriseCatcher.class);

    static final String NOT_SAVED = "I couldn't save that just now: my database isn't answering. Nothing was saved;"
            + " please try again in a minute.";

    static final String APOLOGY =
            "Sorry, something went wrong on our side and nothing was changed. Please try again in a minute.";

    /** Tells the person who pressed a button, after the ack: the press itself has no answer body. */
    interface Telling {
        void tellAfterAck(Request<?> request, String text);
    }

    private final Telling telling;

    SurpriseCatcher(Telling telling) {
        this.telling = telling;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(request);
        } catch (RuntimeException failure) {
            var databaseAway = DatabaseTrouble.in(failure);
            if (databaseAway.isPresent()) {
                log.warn(
                        "Database unavailable while handling a {} request from team {} user {}: {}",
                        request.getRequestType(),
                        request.getContext().getTeamId(),
                        request.getContext().getRequestUserId(),
                        databaseAway.get().getMessage());
            } else {
                log.error(
                        "Failed handling a {} request from team {} user {}",
                        request.getRequestType(),
                        request.getContext().getTeamId(),
                        request.getContext().getRequestUserId(),
                        failure);
            }
            return answer(request, databaseAway.isPresent() ? NOT_SAVED : APOLOGY);
        }
    }

    private Response answer(Request<?> request, String text) {
        var type = request.getRequestType();
        if (type == RequestType.Command) {
            return Response.json(200, Map.of("response_type", "ephemeral", "text", ":warning: " + text));
        }
        if (type == RequestType.ViewSubmission) {
            var field = firstInput((ViewSubmissionRequest) request);
            if (field.isPresent()) {
                // The form stays open with everything typed in it.
                return Response.json(200, Map.of("response_action", "errors", "errors", Map.of(field.get(), text)));
            }
            return Response.json(200, Map.of("response_action", "update", "view", NoticeView.of(text)));
        }
        if (type == RequestType.BlockAction
                || type == RequestType.MessageShortcut
                || type == RequestType.GlobalShortcut) {
            telling.tellAfterAck(request, ":warning: " + text);
        }
        return Response.ok();
    }

    private static Optional<String> firstInput(ViewSubmissionRequest request) {
        var view = request.getPayload().getView();
        if (view == null || view.getBlocks() == null) {
            return Optional.empty();
        }
        return view.getBlocks().stream()
                .filter(InputBlock.class::isInstance)
                .map(block -> block.getBlockId())
                .filter(id -> id != null && !id.isEmpty())
                .findFirst();
    }
}
