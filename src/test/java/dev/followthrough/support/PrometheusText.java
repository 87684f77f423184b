package dev.followthrough.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /metrics} as a scraper reads it: Prometheus' text format, parsed into samples. */
public final class PrometheusText {

    /** One line of the text: {@code name{label="value",...} 1.0}. */
    public record Sample(String name, Map<String, String> labels, double value) {

        public boolean has(Map<String, String> wanted) {
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** The answer to {@code GET /metrics} on {@code port}, with the bearer token if one is given. */
    public static HttpResponse<String> scrape(int port, Optional<String> token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException("Could not scrape port " + port, failed);
        }
    }

    /** A scrape of the unprotected /metrics on {@code port}, parsed; it must answer 200. */
    public static PrometheusText of(int port) {
        var answer = scrape(port, Optional.empty());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET /metrics answered " + answer.statusCode() + ": " + answer.body());
        }
        return parse(answer.body());
    }

    public static PrometheusText parse(String text) {
        var samples = new ArrayList<Sample>();
        for (var line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            samples.add(sample(line));
        }
        return new PrometheusText(samples);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The samples named {@code name} whose labels include all of {@code labels}. */
    public List<Sample> find(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.has(labels))
                .toList();
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels}; 0 when none. */
    public double sum(String name, Map<String, String> labels) {
        return find(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    public boolean hasSeries(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }

    private static Sample sample(String line) {
        var labels = new LinkedHashMap<String, String>();
        var brace = line.indexOf('{');
        var space = line.lastIndexOf(' ');
        if (brace < 0 || brace > space) {
            return new Sample(line.substring(0, space), labels, value(line.substring(space + 1)));
        }
        var name = line.substring(0, brace);
        var at = brace + 1;
        while (line.charAt(at) != '}') {
            var equals = line.indexOf('=', at);
            var key = line.substring(at, equals);
            var value = new StringBuilder();
            at = equals + 2; // past ="
            while (line.charAt(at) != '"') {
                if (line.charAt(at) == '\\') {
                    at++;
                    value.append(line.charAt(at) == 'n' ? '\n' : line.charAt(at));
                } else {
                    value.append(line.charAt(at));
                }
                at++;
            }
            labels.put(key, value.toString());
            at++; // past the closing quote
            if (line.charAt(at) == ',') {
                at++;
            }
        }
        return new Sample(
                name, labels, value(line.substring(line.indexOf(' ', at) + 1).strip()));
    }

    private static double value(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text.split(" ")[0]);
        };
    }
}
