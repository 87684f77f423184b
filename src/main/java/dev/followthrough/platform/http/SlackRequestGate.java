package dev.followthrough.platform.http;

import dev.followthrough.platform.http.SlackSignatureCheck.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of Bolt at {@code POST /slack/events} and refuses what is not Slack's, cheaply:
 * a body over {@link #MAX_BODY_BYTES} unread (413), a request not signed by Slack within the last
 * or next five minutes (401), a signed body Bolt could not parse (400). Bolt reads and parses a body
 * before its own middleware checks the signature; here the raw bytes are checked first and handed on
 * unchanged, so Bolt's own check still passes.
 */
final class SlackRequestGate extends HttpFilter {

    /**
     * Slack's payloads are small, but a block_actions payload carries the message it came from:
     * up to 50 blocks of 3,000 characters, escaped as JSON and then as a form. 1 MiB leaves room.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SlackRequestGate.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final transient SlackSignatureCheck signatures;
    private final transient RateLimitedLine unsignedLine;
    private final transient RateLimitedLine oversizedLine;
    private final transient RateLimitedLine unreadLine;

    SlackRequestGate(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("Serving Slack's requests over HTTP needs the signing secret");
        }
        this.signatures = new SlackSignatureCheck(signingSecret, clock);
        this.unsignedLine = new RateLimitedLine(clock, LOG_INTERVAL);
        this.oversizedLine = new RateLimitedLine(clock, LOG_INTERVAL);
        this.unreadLine = new RateLimitedLine(clock, LOG_INTERVAL);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var receivedAt = System.nanoTime();
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuseOversized(request, response, request.getContentLengthLong() + " bytes declared");
            return;
        }
        var timestamp = request.getHeader("X-Slack-Request-Timestamp");
        var signature = request.getHeader("X-Slack-Signature");
        var headerRefusal = signatures.checkHeaders(timestamp, signature);
        if (headerRefusal.isPresent()) {
            refuseUnsigned(request, response, headerRefusal.get());
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException hungUpOrStalled) {
            unreadLine.offer(heldBack -> log.info(
                    "Gave up reading a request to /slack/events from {}: {}{}",
                    request.getRemoteAddr(),
                    hungUpOrStalled.toString(),
                    alsoHeldBack(heldBack)));
            return;
        }
        if (body.length > MAX_BODY_BYTES) {
            refuseOversized(request, response, "more than " + MAX_BODY_BYTES + " bytes sent");
            return;
        }
        var bodyRefusal = signatures.checkBody(timestamp, signature, body);
        if (bodyRefusal.isPresent()) {
            refuseUnsigned(request, response, bodyRefusal.get());
            return;
        }
        var problem = WellFormedBody.problemWith(request.getContentType(), new String(body, StandardCharsets.UTF_8));
        if (problem.isPresent()) {
            log.warn(
                    "Refused a signed request to /slack/events from {} with 400: {} ({} bytes of {})",
                    request.getRemoteAddr(),
                    problem.get(),
                    body.length,
                    request.getContentType());
            answer(response, 400, "malformed request");
            return;
        }
        chain.doFilter(new BufferedSlackRequest(request, body, receivedAt), response);
    }

    private void refuseOversized(HttpServletRequest request, HttpServletResponse response, String size) {
        oversizedLine.offer(heldBack -> log.info(
                "Refused a request to /slack/events from {} with 413: {}, over the limit of {} bytes{}",
                request.getRemoteAddr(),
                size,
                MAX_BODY_BYTES,
                alsoHeldBack(heldBack)));
        // The rest of the body stays unread: closing the connection is cheaper than draining it.
        response.setHeader("Connection", "close");
        answer(response, 413, "request too large");
    }

    private void refuseUnsigned(HttpServletRequest request, HttpServletResponse response, Refusal refusal) {
        unsignedLine.offer(heldBack -> log.warn(
                "Refused a request to /slack/events from {} with 401: {}{}. If Slack sent it, check"
                        + " SLACK_SIGNING_SECRET (the app's Basic Information, Signing Secret) and the server's"
                        + " clock",
                request.getRemoteAddr(),
                refusal.description,
                alsoHeldBack(heldBack)));
        answer(response, 401, "invalid request");
    }

    private static String alsoHeldBack(long heldBack) {
        return heldBack == 0 ? "" : " (and " + heldBack + " more like it since the last such line)";
    }

    private static void answer(HttpServletResponse response, int status, String error) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + error + "\"}");
        } catch (IOException clientGone) {
            // The sender hung up (often the one sending too much): nobody is left to answer.
        }
    }
}
