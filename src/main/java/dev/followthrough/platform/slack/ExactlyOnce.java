package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.database.RequestWaits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Every command, button press and form submission applied once, however often Slack delivers it (its
 * retries, a duplicate within the signature window): the request is claimed in the same
 * transaction as everything its handler writes, and a repeat gets the first answer again.
 *
 * <p>The handler's work after the ack waits for that transaction to commit, so it never acts on
 * (or announces) something that was rolled back, and never reads a change before it is visible.
 */
final class ExactlyOnce implements Middleware {

    /** Database calls on a request path give up well inside Slack's 3 s. */
    static final int DATABASE_WAIT_MILLIS = 2000;

    private static final Set<RequestType> STATE_CHANGING =
            EnumSet.of(RequestType.Command, RequestType.BlockAction, RequestType.ViewSubmission);
    private static final Gson GSON = new Gson();

    private final Jdbi jdbi;
    private final RequestLedger requests;
    private final Executor afterAck;
    private final BeforeTheClaim beforeTheClaim;

    ExactlyOnce(Jdbi jdbi, RequestLedger requests, Executor afterAck, BeforeTheClaim beforeTheClaim) {
        this.jdbi = jdbi;
        this.requests = requests;
        this.afterAck = afterAck;
        this.beforeTheClaim = beforeTheClaim;
    }

    /** What is stored for a repeat: the first answer, exactly. */
    private record StoredAnswer(int status, String contentType, String body) {
        Response response() {
            return Response.builder()
                    .statusCode(status)
                    .contentType(contentType)
                    .body(body)
                    .build();
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (!STATE_CHANGING.contains(request.getRequestType())) {
            return chain.next(request);
        }
        var teamId = teamOf(request);
        var userId = request.getContext().getRequestUserId();
        if (userId != null) {
            // Ten requests waiting on Slack inside their transactions would hold the whole pool.
            beforeTheClaim.prepare(teamId, userId);
        }
        var requestKey = "interaction:" + digest(request.getRequestBodyAsString());
        var deferred = AfterCommit.begin();
        try {
            var answer = RequestWaits.limitedTo(
                    Duration.ofMillis(DATABASE_WAIT_MILLIS),
                    () -> jdbi.inTransaction(handle -> {
                        var ledger = requests.in(handle);
                        // A hung server: the socket gives up (RequestWaits). A lock or a slow statement: the server
                        // does.
                        ledger.limitStatementsToRequestTime();
                        if (!claim(ledger, teamId, requestKey)) {
                            return requests.answered(teamId, requestKey)
                                    .map(stored -> GSON.fromJson(stored, StoredAnswer.class)
                                            .response())
                                    .orElseGet(Response::ok);
                        }
                        var first = chain.next(request);
                        ledger.remember(
                                teamId,
                                requestKey,
                                GSON.toJson(new StoredAnswer(
                                        first.getStatusCode(), first.getContentType(), first.getBody())));
                        return first;
                    }));
            deferred.release(afterAck);
            return answer;
        } catch (StillBeingHandled repeatOfOneInFlight) {
            // The first delivery is still working (Slack retried it after 3 s); it gives the answer.
            return Response.ok();
        } finally {
            // Work queued by a handler whose transaction rolled back is dropped with it.
            AfterCommit.end();
        }
    }

    /** Thrown when a repeat waited too long for the first delivery's transaction. */
    private static final class StillBeingHandled extends RuntimeException {
        StillBeingHandled(Throwable cause) {
            super("A delivery of this request is still being handled", cause, false, false);
        }
    }

    private static boolean claim(RequestLedger.InTransaction ledger, String teamId, String requestKey) {
        try {
            return ledger.claim(teamId, requestKey);
        } catch (JdbiException waitedTooLong) {
            if (waitedTooLong.getCause() instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                throw new StillBeingHandled(waitedTooLong);
            }
            throw waitedTooLong;
        }
    }

    @SuppressWarnings("rawtypes")
    private static String teamOf(Request request) {
        var teamId = request.getContext().getTeamId();
        if (teamId == null) {
            teamId = request.getContext().getEnterpriseId();
        }
        return teamId == null ? "" : teamId;
    }

    private static String digest(String body) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
