package dev.followthrough.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's PostgreSQL comes as one archive per platform, found on the class path by
 * name: those of the supported platforms must be there (README, "Supported platforms"), the others
 * left out of the jar.
 */
class PostgresBinariesTest {

    private static final String LINUX_AMD64 = "postgres-linux-x86_64.txz";
    private static final String LINUX_ARM64 = "postgres-linux-arm_64.txz";
    private static final String MACOS_APPLE_SILICON = "postgres-darwin-arm_64.txz";

    @Test
    void linuxOnAmd64AndArm64EachHaveOneArchive() throws IOException {
        assertThat(resources(LINUX_AMD64)).hasSize(1);
        assertThat(resources(LINUX_ARM64)).hasSize(1);
    }

    @Test
    void theEmbeddedDatabaseFindsItsPostgresqlOnBothLinuxArchitectures() throws IOException {
        try (var amd64 = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
                var arm64 = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "aarch64")) {
            assertThat(amd64.read()).isNotNegative();
            assertThat(arm64.read()).isNotNegative();
        }
    }

    /** One release everywhere: a data directory moves between the two without an upgrade. */
    @Test
    void bothLinuxArchivesAreOfTheSamePostgresqlRelease() throws IOException {
        assertThat(release(resources(LINUX_ARM64).get(0)))
                .isEqualTo(release(resources(LINUX_AMD64).get(0)));
    }

    @Test
    void platformsThatAreNotSupportedAreLeftOut() throws IOException {
        assertThat(resources("postgres-windows-x86_64.txz")).isEmpty();
        assertThat(resources("postgres-darwin-x86_64.txz")).isEmpty();
        assertThat(resources("postgres-linux-x86_64-alpine_linux.txz")).isEmpty();
        assertThatThrownBy(() -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Windows", "x86_64"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A build on a Mac with Apple Silicon brings its archive for development; no other build does. */
    @Test
    void macosOnAppleSiliconHasItsArchiveOnlyInABuildThere() throws IOException {
        var onAppleSilicon =
                System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")
                        && System.getProperty("os.arch").equals("aarch64");

        assertThat(resources(MACOS_APPLE_SILICON)).hasSize(onAppleSilicon ? 1 : 0);
    }

    private static List<URL> resources(String name) throws IOException {
        return Collections.list(PostgresBinariesTest.class.getClassLoader().getResources(name));
    }

    /** The archives name no version; the jar that holds each does, as Maven put it on the class path. */
    private static String release(URL archive) {
        var version = Pattern.compile("-(\\d+\\.\\d+\\.\\d+)\\.jar!/").matcher(archive.toString());
        assertThat(version.find()).as("a versioned jar holds %s", archive).isTrue();
        return version.group(1);
    }
}
