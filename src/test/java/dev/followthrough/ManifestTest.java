package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** manifest.yml against Slack's published manifest schema (a copy under test resources). */
class ManifestTest {

    private static final String PUBLISHED =
            "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

    private final JsonNode manifest = read(Path.of("manifest.yml"));

    @Test
    void manifestValidatesAgainstSlacksSchema() {
        assertThat(validate(manifest)).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsABrokenManifest() {
        var broken = (ObjectNode) manifest.deepCopy();
        ((ObjectNode) broken.get("display_information")).remove("name");
        ((ObjectNode) broken.get("features").get("slash_commands").get(0)).put("should_escape", "yes");

        assertThat(validate(broken)).isNotEmpty();
    }

    @Test
    void promiseCommandEscapesMentionsAndPointsAtTheEventsUrl() {
        var command = manifest.get("features").get("slash_commands").get(0);

        assertThat(command.get("command").asText()).isEqualTo("/promise");
        assertThat(command.get("should_escape").asBoolean()).isTrue();
        assertThat(command.get("usage_hint").asText()).isNotBlank();
        assertThat(command.get("description").asText()).isNotBlank();
        assertThat(command.get("url").asText()).isEqualTo("https://YOUR-HOST/slack/events");
    }

    @Test
    void scopesEventsShortcutAndHomeAreThoseTheAppUses() {
        assertThat(texts(manifest.get("oauth_config").get("scopes").get("bot")))
                .containsExactlyInAnyOrder(
                        "commands",
                        "chat:write",
                        "chat:write.public",
                        "im:write",
                        "im:history",
                        "users:read",
                        "channels:read");
        var settings = manifest.get("settings");
        assertThat(texts(settings.get("event_subscriptions").get("bot_events")))
                .containsExactly("app_home_opened", "message.im");
        assertThat(settings.get("event_subscriptions").get("request_url").asText())
                .isEqualTo("https://YOUR-HOST/slack/events");
        assertThat(settings.get("interactivity").get("is_enabled").asBoolean()).isTrue();
        assertThat(settings.get("interactivity").get("request_url").asText())
                .isEqualTo("https://YOUR-HOST/slack/events");
        assertThat(settings.get("socket_mode_enabled").asBoolean()).isFalse();
        var shortcut = manifest.get("features").get("shortcuts").get(0);
        assertThat(shortcut.get("name").asText()).isEqualTo("Make it a promise");
        assertThat(shortcut.get("type").asText()).isEqualTo("message");
        var home = manifest.get("features").get("app_home");
        assertThat(home.get("home_tab_enabled").asBoolean()).isTrue();
        assertThat(home.get("messages_tab_enabled").asBoolean()).isTrue();
    }

    private static Set<ValidationMessage> validate(JsonNode candidate) {
        var factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V7,
                builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(PUBLISHED, "classpath:slack-manifest-schema/")));
        JsonSchema schema =
                factory.getSchema(SchemaLocation.of("classpath:slack-manifest-schema/manifest.schema.json"));
        return schema.validate(candidate);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException unreadable) {
            throw new IllegalStateException("Could not read " + path, unreadable);
        }
    }
}
