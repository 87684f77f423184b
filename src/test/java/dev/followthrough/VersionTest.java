package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void builtOutsideGitTheCommitIsLeftOut() {
        var version = new Version("1.0.0", Optional.empty(), Optional.of("2026-12-02"));

        assertThat(version.line()).isEqualTo("Followthrough 1.0.0 (built 2026-12-02)");
    }

    @Test
    void builtInGitTheCommitComesFirst() {
        var version = new Version("1.0.0", Optional.of("abc1234"), Optional.of("2026-12-02"));

        assertThat(version.line()).isEqualTo("Followthrough 1.0.0 (commit abc1234, built 2026-12-02)");
    }
}
