package dev.followthrough.platform.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Times every request by method, route and status. The route is the servlet mapping that answered
 * ({@code /slack/events}, {@code /calendar/*}), never the path asked for: a calendar link is a secret,
 * and paths nobody serves would be labels without end; those are all {@code other}.
 */
final class RequestTimings implements Filter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    private final MeterRegistry meters;

    RequestTimings(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var started = System.nanoTime();
        var status = 500;
        try {
            chain.doFilter(request, response);
            status = ((HttpServletResponse) response).getStatus();
        } finally {
            var http = (HttpServletRequest) request;
            Timer.builder("http.server.requests")
                    .description("HTTP requests answered, by method, route and status.")
                    .tag("method", METHODS.contains(http.getMethod()) ? http.getMethod() : "other")
                    .tag("route", route(http))
                    .tag("status", Integer.toString(status))
                    // Slack gives up on an answer after 3 s.
                    .serviceLevelObjectives(
                            Duration.ofMillis(100),
                            Duration.ofMillis(500),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(3))
                    .register(meters)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static String route(HttpServletRequest request) {
        var mapping = request.getHttpServletMapping();
        if (mapping == null
                || mapping.getMappingMatch() == null
                || mapping.getMappingMatch() == MappingMatch.DEFAULT
                || mapping.getPattern() == null
                || mapping.getPattern().isEmpty()
                || "/".equals(mapping.getPattern())) {
            return "other";
        }
        return mapping.getPattern();
    }
}
