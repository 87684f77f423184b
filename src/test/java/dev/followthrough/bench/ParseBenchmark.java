package dev.followthrough.bench;

import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.HostileInputs;
import dev.followthrough.deadline.PhraseFile;
import dev.followthrough.deadline.PromiseParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the parser takes a promise: every row of {@code deadline/phrases*.csv} and {@code deadline/held-back.csv},
 * then 1,000-character hostile inputs, each parsed many times after a warm-up. Prints mean, p50, p99 and max
 * microseconds per promise and whether the mean stays under issue 12's 1 ms; run with
 * {@code mvn -B -Pbench-parse verify}.
 */
public final class ParseBenchmark {

    private static final int WARM_UP_PASSES = Integer.getInteger("bench.warmUpPasses", 50);
    private static final int PASSES = Integer.getInteger("bench.passes", 200);
    private static final double TARGET_MICROSECONDS = 1_000;
    private static final int SLOWEST = 3;

    private ParseBenchmark() {}

    /** A promise as typed, with the parser and context it is read with. */
    private record Promise(PromiseParser parser, String text, DeadlineContext context) {
        void read() {
            parser.read(text, context);
        }
    }

    public static void main(String[] arguments) throws Exception {
        List<Promise> phrases = phrases();
        List<Promise> hostile = hostile();
        System.out.printf(
                "Parsing %d phrases and %d hostile inputs of %d characters, %d passes each after %d to warm up%n",
                phrases.size(), hostile.size(), HostileInputs.LENGTH, PASSES, WARM_UP_PASSES);
        System.out.printf(
                "%-22s %10s %10s %10s %10s  %s%n", "", "mean µs", "p50 µs", "p99 µs", "max µs", "mean < 1 ms");
        long[][] phraseNanos = time(phrases);
        long[][] hostileNanos = time(hostile);
        print("phrase files", phrases, phraseNanos);
        print("hostile, 1,000 chars", hostile, hostileNanos);
        System.out.println("slowest phrases:");
        printSlowest(phrases, phraseNanos);
        System.out.println("slowest hostile inputs:");
        printSlowest(hostile, hostileNanos);
    }

    /** Each promise's times over the passes, in nanoseconds: {@code nanos[promise][pass]}. */
    private static long[][] time(List<Promise> promises) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            promises.forEach(Promise::read);
        }
        long[][] nanos = new long[promises.size()][PASSES];
        for (int pass = 0; pass < PASSES; pass++) {
            for (int at = 0; at < promises.size(); at++) {
                long start = System.nanoTime();
                promises.get(at).read();
                nanos[at][pass] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static void print(String what, List<Promise> promises, long[][] nanos) {
        long[] sorted =
                Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0) / 1_000;
        System.out.printf(
                "%-22s %10.1f %10.1f %10.1f %10.1f  %s%n",
                what,
                mean,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1_000.0,
                mean < TARGET_MICROSECONDS ? "yes" : "NO");
    }

    // A promise's median over the passes shrugs off the pauses of a busy machine that the mean and max take in.
    private static void printSlowest(List<Promise> promises, long[][] nanos) {
        Integer[] order = new Integer[promises.size()];
        double[] medians = new double[promises.size()];
        for (int at = 0; at < promises.size(); at++) {
            long[] sorted = nanos[at].clone();
            Arrays.sort(sorted);
            medians[at] = percentile(sorted, 0.50);
            order[at] = at;
        }
        Arrays.sort(order, (left, right) -> Double.compare(medians[right], medians[left]));
        for (int rank = 0; rank < Math.min(SLOWEST, order.length); rank++) {
            String text = promises.get(order[rank]).text();
            System.out.printf(
                    "    %8.1f µs median  \"%s\"%n",
                    medians[order[rank]], text.length() > 60 ? text.substring(0, 60) + "…" : text);
        }
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] / 1_000.0;
    }

    private static List<Promise> phrases() throws IOException, URISyntaxException {
        List<Promise> promises = new ArrayList<>();
        for (String file : phraseFiles()) {
            // The held-back set has its class of wording first; the phrase files start with "now".
            int first = file.equals("held-back.csv") ? 1 : 0;
            for (PhraseFile.Row row : PhraseFile.rows("/deadline/" + file)) {
                ZoneId zone = ZoneId.of(row.field(first + 1));
                Instant now = LocalDateTime.parse(row.field(first)).atZone(zone).toInstant();
                promises.add(new Promise(
                        new PromiseParser(Clock.fixed(now, zone)),
                        row.field(first + 3),
                        DeadlineContext.of(zone, Locale.forLanguageTag(row.field(first + 2)))));
            }
        }
        return promises;
    }

    private static List<String> phraseFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(PhraseFile.class.getResource("/deadline/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name ->
                            name.endsWith(".csv") && (name.startsWith("phrases") || name.equals("held-back.csv")))
                    .sorted()
                    .toList();
        }
    }

    private static List<Promise> hostile() {
        ZoneId zone = ZoneId.of("America/New_York");
        var parser = new PromiseParser(Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), zone));
        List<Promise> promises = new ArrayList<>();
        for (HostileInputs.HostileInput input : HostileInputs.all()) {
            for (Locale locale : List.of(Locale.US, Locale.UK)) {
                promises.add(new Promise(parser, input.text(), DeadlineContext.of(zone, locale)));
            }
        }
        return promises;
    }
}
