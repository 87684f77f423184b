package dev.followthrough.platform.http;

import java.util.Map;
import java.util.TreeMap;

/** Gauges in Prometheus' text format, for {@code GET /metrics}. */
public final class Metrics {

    private final StringBuilder text = new StringBuilder();

    /** One gauge with a {@code status} label per entry: how many rows are in each state. */
    public Metrics byStatus(String name, String help, Map<String, Long> counts) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
        new TreeMap<>(counts)
                .forEach((status, count) -> text.append(name)
                        .append("{status=\"")
                        .append(status.toLowerCase(java.util.Locale.ROOT))
                        .append("\"} ")
                        .append(count)
                        .append('\n'));
        return this;
    }

    public String render() {
        return text.toString();
    }
}
