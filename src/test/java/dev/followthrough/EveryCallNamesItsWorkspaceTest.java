package dev.followthrough;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.slack.api.Slack;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One deployment may serve many workspaces, so no Web API call may go out with a token chosen
 * without its workspace: every caller asks {@code Workspaces.methods(teamId)}. A client made from
 * a bare token is allowed only where that token is the workspace (single-workspace mode, and its
 * start-up check of that token).
 */
class EveryCallNamesItsWorkspaceTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.followthrough");

    @Test
    void noWebApiClientIsMadeFromATokenAloneOutsideSingleWorkspaceMode() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("dev.followthrough.platform.slack.FixedToken")
                .and()
                .doNotHaveFullyQualifiedName("dev.followthrough.platform.slack.SlackPlatform")
                .should()
                .callMethod(Slack.class, "methods", String.class)
                .orShould()
                .callMethod(Slack.class, "methodsAsync", String.class)
                .orShould()
                .callMethod(Slack.class, "methods")
                .because("a call must carry the token of the workspace it is for")
                .check(PRODUCTION);
    }

    @Test
    void featuresReachTheWebApiOnlyThroughTheirWorkspace() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.followthrough.platform..", "dev.followthrough")
                .should()
                .callMethod(Slack.class, "methods", String.class, String.class)
                .because("features ask Workspaces.methods(teamId), which knows each workspace's token")
                .check(PRODUCTION);
    }
}
