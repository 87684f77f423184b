package dev.followthrough;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Which packages may import which. Features stand side by side and meet only in the wiring
 * ({@code Application}, {@code Main}); what two of them need moves down to a shared service, the
 * platform or the domain, never sideways.
 */
class FeaturesStayApartTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.followthrough");

    private static final String[] FEATURES = {
        "Promise feature",
        "Reminder feature",
        "Channel feature",
        "Digest feature",
        "Home feature",
        "Settings feature",
        "Export feature",
        "Team feature"
    };

    @Test
    void featuresImportNoOtherFeatureAndEachLayerOnlyWhatIsBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                // Only the entry points (the service, and the parse tool) import everything.
                .layer("Wiring")
                .definedBy(belongToAnyOf(
                        Application.class,
                        Main.class,
                        ParseCommand.class,
                        ParseOptions.class,
                        HealthCheckCommand.class,
                        Version.class))
                .layer("Promise feature")
                .definedBy("dev.followthrough.promise..")
                .layer("Reminder feature")
                .definedBy("dev.followthrough.reminder..")
                .layer("Channel feature")
                .definedBy("dev.followthrough.channel..")
                .layer("Digest feature")
                .definedBy("dev.followthrough.digest..")
                .layer("Home feature")
                .definedBy("dev.followthrough.home..")
                .layer("Settings feature")
                .definedBy("dev.followthrough.settings..")
                .layer("Export feature")
                .definedBy("dev.followthrough.export..")
                .layer("Team feature")
                .definedBy("dev.followthrough.team..")
                // Services the features use; calendar is one: it serves features, answers none of
                // their commands. Relationships are another: App Home and the digest show them, and
                // /promise with is handed back to the wiring as the score's card is.
                .layer("Shared services")
                .definedBy(
                        "dev.followthrough.ledger..",
                        "dev.followthrough.lifecycle..",
                        "dev.followthrough.user..",
                        "dev.followthrough.calendar..",
                        "dev.followthrough.score..",
                        "dev.followthrough.relationship..")
                .layer("Platform")
                .definedBy("dev.followthrough.platform..")
                // What start-up reads from the environment, and how it refuses to start.
                .layer("Start-up configuration")
                .definedBy(belongToAnyOf(Config.class, LogSettings.class, DatabaseUrl.class, CannotStart.class))
                .layer("Domain")
                .definedBy("dev.followthrough.commitment..", "dev.followthrough.deadline..")
                .whereLayer("Wiring")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Promise feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Reminder feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Channel feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Digest feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Home feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Settings feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Export feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Team feature")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Shared services")
                .mayOnlyBeAccessedByLayers(and("Wiring", FEATURES))
                .whereLayer("Platform")
                .mayOnlyBeAccessedByLayers(and("Wiring", and("Shared services", FEATURES)))
                .whereLayer("Start-up configuration")
                .mayOnlyBeAccessedByLayers("Wiring", "Platform")
                .because("a feature changes alone only if it imports no other feature, and the domain, the"
                        + " platform and the shared services know nothing of the features built on them")
                .check(PRODUCTION);
    }

    private static String[] and(String first, String... rest) {
        var all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
