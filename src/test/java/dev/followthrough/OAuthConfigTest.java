package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Installs by OAuth are chosen with SLACK_CLIENT_ID, and read with Bolt's names for the variables. */
class OAuthConfigTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static Map<String, String> oauth() {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_CLIENT_ID", "1111.2222");
        environment.put("SLACK_CLIENT_SECRET", "client-secret-value");
        environment.put("SLACK_SIGNING_SECRET", "signing-secret-value");
        environment.put("TOKEN_ENCRYPTION_KEY", KEY);
        environment.put("PUBLIC_URL", "https://followthrough.example.com/");
        return environment;
    }

    @Test
    void aClientIdMeansInstallsByOAuthWithTheManifestsScopesAndTheRedirectBelowThePublicUrl() {
        var config = valid(oauth());

        assertThat(config.installsByOAuth()).isTrue();
        assertThat(config.botToken()).isEmpty();
        var oauth = config.oauth().orElseThrow();
        assertThat(oauth.clientId()).isEqualTo("1111.2222");
        assertThat(oauth.clientSecret()).isEqualTo("client-secret-value");
        assertThat(oauth.botScopes()).isEqualTo(Config.DEFAULT_BOT_SCOPES);
        assertThat(oauth.userScopes()).isEmpty();
        assertThat(oauth.redirectUri()).isEqualTo("https://followthrough.example.com/slack/oauth_redirect");
        assertThat(oauth.tokenEncryptionKey().bytes()).hasSize(32);
        assertThat(oauth.completionUrl()).isEmpty();
    }

    @Test
    void theDefaultScopesAreExactlyTheManifestsBotScopesAndItsRedirectIsOurs() throws IOException {
        var manifest = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("manifest.yml").toFile());
        var scopes = new ArrayList<String>();
        manifest.get("oauth_config").get("scopes").get("bot").forEach(scope -> scopes.add(scope.asText()));

        assertThat(List.of(Config.DEFAULT_BOT_SCOPES.split(","))).containsExactlyElementsOf(scopes);
        assertThat(manifest.get("oauth_config").get("redirect_urls").get(0).asText())
                .isEqualTo("https://YOUR-HOST" + Config.OAUTH_REDIRECT_PATH);
    }

    @Test
    void scopesRedirectAndPagesCanBeSet() {
        var environment = oauth();
        environment.put("SLACK_SCOPES", "commands, chat:write  im:write");
        environment.put("SLACK_USER_SCOPES", "search:read");
        environment.put("SLACK_REDIRECT_URI", "https://install.example.com/slack/oauth_redirect");
        environment.put("SLACK_INSTALL_SUCCESS_URL", "https://example.com/installed");
        environment.put("SLACK_INSTALL_FAILURE_URL", "https://example.com/not-installed");

        var oauth = valid(environment).oauth().orElseThrow();

        assertThat(oauth.botScopes()).isEqualTo("commands,chat:write,im:write");
        assertThat(oauth.userScopes()).contains("search:read");
        assertThat(oauth.redirectUri()).isEqualTo("https://install.example.com/slack/oauth_redirect");
        assertThat(oauth.completionUrl()).contains("https://example.com/installed");
        assertThat(oauth.cancellationUrl()).contains("https://example.com/not-installed");
    }

    @Test
    void aBotTokenAndAClientIdTogetherAreRefusedSayingWhy() {
        var environment = oauth();
        environment.put("SLACK_BOT_TOKEN", "xoxb-1");

        assertThat(problems(environment))
                .singleElement()
                .asString()
                .startsWith("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set")
                .contains("not both");
    }

    @Test
    void neitherBotTokenNorClientIdNamesBothWays() {
        assertThat(problems(Map.of("SLACK_SIGNING_SECRET", "s")))
                .singleElement()
                .asString()
                .startsWith("SLACK_BOT_TOKEN is missing")
                .contains("SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and TOKEN_ENCRYPTION_KEY");
    }

    @Test
    void everyMissingOAuthVariableIsNamedAtOnce() {
        var problems = problems(Map.of("SLACK_CLIENT_ID", "1111.2222", "SLACK_SIGNING_SECRET", "s"));

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("SLACK_CLIENT_SECRET is missing");
        assertThat(problems.get(1))
                .startsWith("TOKEN_ENCRYPTION_KEY is missing")
                .contains("openssl rand -base64 32");
        assertThat(problems.get(2)).startsWith("SLACK_REDIRECT_URI or PUBLIC_URL is needed");
    }

    @Test
    void aClientSecretWithoutAClientIdIsNamed() {
        assertThat(problems(
                        Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_SECRET", "x")))
                .singleElement()
                .asString()
                .startsWith("SLACK_CLIENT_SECRET is set without SLACK_CLIENT_ID");
    }

    @Test
    void aMalformedEncryptionKeySaysWhatIsWrongWithoutRepeatingIt() {
        var notBase64 = oauth();
        notBase64.put("TOKEN_ENCRYPTION_KEY", "not*base64!");
        var tooShort = oauth();
        tooShort.put("TOKEN_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[16]));

        assertThat(problems(notBase64))
                .containsExactly("TOKEN_ENCRYPTION_KEY is not valid base64; make one with: openssl rand -base64 32.");
        assertThat(problems(tooShort))
                .containsExactly("TOKEN_ENCRYPTION_KEY decodes to 16 bytes, and AES-256 needs exactly 32; make one"
                        + " with: openssl rand -base64 32.");
    }

    @Test
    void secretsNeverAppearInTheConfigsDescription() {
        var environment = oauth();
        environment.put("TOKEN_ENCRYPTION_KEY", "c2VjcmV0LWtleS1zZWNyZXQta2V5LXNlY3JldC1rZXk=");

        var description = valid(environment).toString();

        assertThat(description)
                .doesNotContain("client-secret-value")
                .doesNotContain("signing-secret-value")
                .doesNotContain("c2VjcmV0")
                .contains("clientId=1111.2222");
    }

    private static Config valid(Map<String, String> environment) {
        var reading = Config.fromEnvironment(environment);
        assertThat(reading).isInstanceOf(Config.Valid.class);
        return ((Config.Valid) reading).config();
    }

    private static List<String> problems(Map<String, String> environment) {
        var reading = Config.fromEnvironment(environment);
        assertThat(reading).isInstanceOf(Config.Invalid.class);
        return ((Config.Invalid) reading).problems();
    }
}
