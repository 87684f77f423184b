package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action id and value format is written once, in the catalogue; nowhere else in the sources. */
class ActionIdsLiveInTheCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CATALOGUE = SOURCES.resolve("dev/followthrough/lifecycle");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noActionIdIsWrittenOutsideTheCatalogue() {
        var ids = ids();
        var strays = new ArrayList<String>();
        for (var file : sourcesOutsideTheCatalogue()) {
            for (var literal : literals(file)) {
                // A prefix counts too: "reminder_update_at" + "_tomorrow" is the same id written again. A plain
                // word ("reminder" among the words a task is made of) is not an id's prefix.
                var stray = ids.stream()
                        .anyMatch(id -> id.equals(literal)
                                || (literal.length() >= 8 && literal.contains("_") && id.startsWith(literal)));
                if (stray) {
                    strays.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void noValueFormatIsWrittenOutsideTheCatalogue() {
        var keys = Stream.concat(
                        Arrays.stream(Snooze.values()).map(how -> how.key),
                        Arrays.stream(NextUpdate.values()).map(when -> when.key))
                .toList();
        var strays = new ArrayList<String>();
        for (var file : sourcesOutsideTheCatalogue()) {
            for (var literal : literals(file)) {
                if (keys.stream().anyMatch(key -> literal.equals(key + ":"))) {
                    strays.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void eachIdIsWrittenExactlyOnceInTheCatalogue() {
        var catalogue =
                files().stream().filter(file -> file.startsWith(CATALOGUE)).toList();
        for (var id : ids()) {
            var occurrences = catalogue.stream()
                    .mapToLong(
                            file -> literals(file).stream().filter(id::equals).count())
                    .sum();
            assertThat(occurrences).as(id).isEqualTo(1);
        }
    }

    @Test
    void theIdsAreDistinct() {
        assertThat(ids()).doesNotHaveDuplicates();
    }

    private static List<String> ids() {
        return Stream.concat(
                        Arrays.stream(Action.values()).map(Action::id),
                        Arrays.stream(NextUpdate.values()).map(NextUpdate::id))
                .toList();
    }

    private static List<Path> sourcesOutsideTheCatalogue() {
        var outside =
                files().stream().filter(file -> !file.startsWith(CATALOGUE)).toList();
        assertThat(outside).as("the sources were found").hasSizeGreaterThan(50);
        return outside;
    }

    private static List<Path> files() {
        try (var walk = Files.walk(SOURCES)) {
            return walk.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> literals(Path file) {
        try {
            var matcher = STRING_LITERAL.matcher(Files.readString(file));
            var literals = new ArrayList<String>();
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
            return literals;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
