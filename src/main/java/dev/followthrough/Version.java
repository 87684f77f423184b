package dev.followthrough;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The build this is, from {@code version.properties}, which the build fills in from the pom; the
 * commit is absent when it was built outside a git repository.
 */
record Version(String number, Optional<String> commit, Optional<String> built) {

    private static final String RESOURCE = "version.properties";

    /** {@code Followthrough 1.0.0 (commit abc1234, built 2026-12-02)}. */
    String line() {
        var details = new StringBuilder();
        commit.ifPresent(id -> details.append("commit ").append(id));
        built.ifPresent(date ->
                details.append(details.isEmpty() ? "" : ", ").append("built ").append(date));
        return "Followthrough " + number + (details.isEmpty() ? "" : " (" + details + ")");
    }

    static Version current() {
        try (InputStream resource = Version.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                // Compiled without the build's resources, e.g. by an IDE on its own.
                return new Version("(version unknown)", Optional.empty(), Optional.empty());
            }
            var properties = new Properties();
            properties.load(resource);
            return new Version(
                    filledIn(properties, "version").orElse("(version unknown)"),
                    filledIn(properties, "commit"),
                    filledIn(properties, "built"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Empty, or still the placeholder when the resource was copied without filtering, is absent. */
    private static Optional<String> filledIn(Properties properties, String name) {
        return Optional.ofNullable(properties.getProperty(name))
                .map(String::trim)
                .filter(value -> !value.isEmpty() && !value.startsWith("${"));
    }
}
