package dev.followthrough.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a phrase file ({@code deadline/phrases*.csv}, {@code deadline/held-back.csv}) as their fields: "|"
 * between fields, a field in double quotes may hold "|" and doubled quotes, "#" starts a comment line. The same
 * reading as the phrase suite's, for the scoring test and the benchmark, which read the files whole.
 */
public final class PhraseFile {

    private PhraseFile() {}

    /** A row of a file: its line number (from 1) and its fields. */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return fields.get(index);
        }
    }

    public static List<Row> rows(String resource) {
        var stream = Objects.requireNonNull(PhraseFile.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(number, fields(line)));
                }
            }
            return rows;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < line.length(); at++) {
            char next = line.charAt(at);
            if (quoted && next == '"' && at + 1 < line.length() && line.charAt(at + 1) == '"') {
                field.append('"');
                at++;
            } else if (next == '"' && (quoted || field.length() == 0)) {
                quoted = !quoted;
            } else if (next == '|' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(next);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
