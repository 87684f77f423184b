package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.http.HttpServer;
import dev.followthrough.platform.logging.LogContext;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per Slack request, over HTTP or Socket Mode: its kind, user, what it was for
 * (command, action ids, callback id, event type), the status answered and the milliseconds since
 * it arrived; its team and the commitment it acted on come from the {@link LogContext} it sets up
 * for the request. Never what anyone typed, never a token.
 */
final class RequestLog implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        var startedAt = receivedAt(request);
        var status = 500;
        // Every line logged while handling it (this one too) names its team, user and, once known, commitment.
        try (var context = LogContext.request(
                request.getContext().getTeamId(), request.getContext().getRequestUserId())) {
            try {
                var answer = chain.next(request);
                status = answer == null ? 200 : answer.getStatusCode();
                return answer;
            } finally {
                log.info(
                        "Slack request kind={} user={} id={} status={} ms={}{}",
                        kind(request),
                        orDash(request.getContext().getRequestUserId()),
                        orDash(what(request)),
                        status,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt),
                        retry(request));
            }
        }
    }

    /** From the HTTP gate's stamp when there is one (arrival, before Bolt read the body); else now. */
    private static long receivedAt(Request request) {
        var stamp =
                request.getHeaders() == null ? null : request.getHeaders().getFirstValue(HttpServer.RECEIVED_AT_HEADER);
        if (stamp != null) {
            try {
                return Long.parseLong(stamp);
            } catch (NumberFormatException notOurs) {
                // Fall through: time from here.
            }
        }
        return System.nanoTime();
    }

    private static String kind(Request request) {
        return switch (request.getRequestType()) {
            case Command -> "command";
            case BlockAction -> "block_actions";
            case BlockSuggestion -> "block_suggestion";
            case ViewSubmission -> "view_submission";
            case ViewClosed -> "view_closed";
            case MessageShortcut -> "message_action";
            case GlobalShortcut -> "shortcut";
            case Event -> "event";
            case UrlVerification -> "url_verification";
            default -> request.getRequestType().name();
        };
    }

    @SuppressWarnings("rawtypes")
    private static String what(Request request) {
        if (request instanceof SlashCommandRequest command && command.getPayload() != null) {
            return command.getPayload().getCommand();
        }
        if (request instanceof BlockActionRequest action
                && action.getPayload() != null
                && action.getPayload().getActions() != null) {
            return action.getPayload().getActions().stream()
                    .map(each -> each.getActionId())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(","));
        }
        if (request instanceof BlockSuggestionRequest suggestion && suggestion.getPayload() != null) {
            return suggestion.getPayload().getActionId();
        }
        if (request instanceof ViewSubmissionRequest submission
                && submission.getPayload() != null
                && submission.getPayload().getView() != null) {
            return submission.getPayload().getView().getCallbackId();
        }
        if (request instanceof ViewClosedRequest closed
                && closed.getPayload() != null
                && closed.getPayload().getView() != null) {
            return closed.getPayload().getView().getCallbackId();
        }
        if (request instanceof MessageShortcutRequest shortcut && shortcut.getPayload() != null) {
            return shortcut.getPayload().getCallbackId();
        }
        if (request instanceof GlobalShortcutRequest shortcut && shortcut.getPayload() != null) {
            return shortcut.getPayload().getCallbackId();
        }
        if (request instanceof EventRequest event) {
            return event.getEventType();
        }
        return null;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String retry(Request request) {
        var retryNumber =
                request.getHeaders() == null ? null : request.getHeaders().getFirstValue("X-Slack-Retry-Num");
        return retryNumber == null || !retryNumber.strip().matches("\\d{1,3}") ? "" : " retry=" + retryNumber.strip();
    }
}
