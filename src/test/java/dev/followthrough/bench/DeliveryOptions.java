package dev.followthrough.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The delivery benchmark's settings, from system properties (see {@link DeliveryBenchmark}). */
record DeliveryOptions(
        int workspaces,
        int users,
        List<Integer> instances,
        Duration latency,
        double workspacePerMinute,
        int workspaceBurst,
        double channelPerSecond,
        int channelBurst,
        int leadSeconds,
        int spreadSeconds,
        int capSeconds,
        int probeCallers,
        int probeSeconds,
        int bursts,
        String tokens,
        List<String> serviceJvm,
        Map<String, String> environment) {

    private static final String ENVIRONMENT_PREFIX = "bench.env.";

    static DeliveryOptions read() {
        var tokens = text("tokens", "single");
        if (!tokens.equals("single") && !tokens.equals("oauth")) {
            throw new IllegalArgumentException("bench.tokens must be single or oauth, not " + tokens);
        }
        var environment = new LinkedHashMap<String, String>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(ENVIRONMENT_PREFIX))
                .sorted()
                .forEach(
                        name -> environment.put(name.substring(ENVIRONMENT_PREFIX.length()), System.getProperty(name)));
        // The service's own options, as the README's run command and the Dockerfile start it.
        var jvm = text("serviceJvm", "@jvm.options").trim();
        return new DeliveryOptions(
                number("workspaces", 200),
                number("users", 100),
                Arrays.stream(text("instances", "1,2").split(","))
                        .map(String::trim)
                        .filter(count -> !count.isEmpty())
                        .map(Integer::parseInt)
                        .toList(),
                Duration.ofMillis(number("latencyMs", 100)),
                Double.parseDouble(text("workspacePerMinute", "600")),
                number("workspaceBurst", 10),
                Double.parseDouble(text("channelPerSecond", "1")),
                number("channelBurst", 3),
                number("leadSeconds", 10),
                number("spreadSeconds", 0),
                number("capSeconds", 600),
                number("probeCallers", 0),
                number("probeSeconds", 5),
                Math.max(1, number("bursts", 2)),
                tokens,
                jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")),
                Map.copyOf(environment));
    }

    /** As many callers as the limits' full rate keeps in flight (rate x latency), unless set. */
    int callersForProbe() {
        if (probeCallers > 0) {
            return probeCallers;
        }
        var fullRate = workspaces * workspacePerMinute / 60;
        return (int) Math.max(1, Math.ceil(fullRate * latency.toMillis() / 1000.0));
    }

    DeliveryFigures.Limits limits() {
        return new DeliveryFigures.Limits(workspacePerMinute / 60, workspaceBurst, channelPerSecond, channelBurst);
    }

    String limitsInWords() {
        return String.format(
                Locale.ROOT,
                "%.0f posts/min per workspace (burst %d), %.1f/s per channel (burst %d), latency %d ms",
                workspacePerMinute,
                workspaceBurst,
                channelPerSecond,
                channelBurst,
                latency.toMillis());
    }

    private static int number(String name, int otherwise) {
        return Integer.parseInt(text(name, Integer.toString(otherwise)));
    }

    /** {@code bench.name}, else {@code name}, else the default. */
    private static String text(String name, String otherwise) {
        return System.getProperty("bench." + name, System.getProperty(name, otherwise));
    }
}
