package dev.followthrough.home;

import static dev.followthrough.support.WordingCases.NEW_YORK;
import static dev.followthrough.support.WordingChecks.wellWorded;

import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** App Home's rows for every case of the wording matrix. */
class HomeWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyHomeRowReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        var now = wording.now();

        var home = HomeView.of(
                List.of(),
                HomeSections.of(List.of(commitment), now, NEW_YORK),
                Set.of(),
                List.of(),
                now,
                now.plus(Duration.ofDays(1)),
                NEW_YORK,
                Locale.US,
                List.of());

        wellWorded(commitment, "", Rendered.of(home));
    }
}
