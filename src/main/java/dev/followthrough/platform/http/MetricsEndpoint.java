package dev.followthrough.platform.http;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: what it answers, where, and to whom. Requests of every route are timed on
 * {@code meters}.
 *
 * @param text the metrics in Prometheus' text format, read once per scrape
 * @param token when present, a scrape needs {@code Authorization: Bearer <token>} (METRICS_TOKEN)
 * @param port when present, {@code /metrics} is served on this port alone (METRICS_PORT), not the public one
 */
public record MetricsEndpoint(
        MeterRegistry meters, Supplier<String> text, Optional<String> token, Optional<Integer> port) {

    /** On the public port, for anyone: as when neither METRICS_TOKEN nor METRICS_PORT is set. */
    public static MetricsEndpoint open(MeterRegistry meters, Supplier<String> text) {
        return new MetricsEndpoint(meters, text, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "MetricsEndpoint[token=" + (token.isPresent() ? "set" : "none") + ", port=" + port + "]";
    }
}
