package dev.followthrough;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Commitments and deadlines are plain Java: no Slack, scheduler, database or web server types. */
class DomainIsFrameworkFreeTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.followthrough");

    @Test
    void commitmentsAndDeadlinesDependOnNoFramework() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.followthrough.commitment..", "dev.followthrough.deadline..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.slack..",
                        "org.quartz..",
                        "org.jdbi..",
                        "java.sql..",
                        "jakarta.servlet..",
                        "org.eclipse.jetty..")
                .because("the domain must stay testable and movable without the app's frameworks")
                .check(PRODUCTION);
    }
}
