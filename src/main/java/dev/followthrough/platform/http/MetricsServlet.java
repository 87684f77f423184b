package dev.followthrough.platform.http;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers a scrape with the metrics; with METRICS_TOKEN set, only a scrape that brings it. */
final class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BEARER = "Bearer ";

    private final transient Supplier<String> text;
    private final transient Optional<byte[]> token;

    MetricsServlet(Supplier<String> text, Optional<String> token) {
        this.text = text;
        this.token = token.map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var refusal = token.flatMap(expected -> refusal(request.getHeader("Authorization"), expected));
        if (refusal.isPresent()) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.setContentType("application/json");
            response.getWriter().write(new Gson().toJson(Map.of("error", refusal.get())));
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(text.get());
    }

    /** What is wrong with the request's credentials, if anything; never the token itself. */
    private static Optional<String> refusal(String authorization, byte[] expected) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of("GET /metrics needs the header Authorization: Bearer <METRICS_TOKEN>.");
        }
        var given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // In constant time: how long a wrong guess took says nothing of how close it was.
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.of("The bearer token is not METRICS_TOKEN.");
        }
        return Optional.empty();
    }
}
