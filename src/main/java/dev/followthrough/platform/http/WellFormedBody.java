package dev.followthrough.platform.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a body is what Bolt can read without failing: a JSON object, or a form whose every
 * %-escape is whole and whose {@code payload}, when present, is a JSON object. Bolt reads a body
 * starting with "{" as JSON whatever its content type, so that shape decides as much as the type.
 */
final class WellFormedBody {

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private WellFormedBody() {}

    /** Empty when well formed, else what is wrong (for the log, never for the sender). */
    static Optional<String> problemWith(String contentType, String body) {
        var declaredJson =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        if (declaredJson || body.trim().startsWith("{")) {
            return isJsonObject(body) ? Optional.empty() : Optional.of("the JSON body is not a JSON object");
        }
        return problemWithForm(body);
    }

    private static Optional<String> problemWithForm(String body) {
        for (var field : body.split("&", -1)) {
            if (!escapesAreWhole(field)) {
                return Optional.of("a %-escape in the form is broken");
            }
            var equals = field.indexOf('=');
            var name = equals < 0 ? field : field.substring(0, equals);
            if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals("payload")
                    && (equals < 0
                            || !isJsonObject(URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8)))) {
                return Optional.of("the form's payload is not a JSON object");
            }
        }
        return Optional.empty();
    }

    private static boolean escapesAreWhole(String field) {
        for (int index = field.indexOf('%'); index >= 0; index = field.indexOf('%', index + 1)) {
            if (index + 2 >= field.length()
                    || Character.digit(field.charAt(index + 1), 16) < 0
                    || Character.digit(field.charAt(index + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonObject(String text) {
        try (var reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            var element = JSON.read(reader);
            return element.isJsonObject() && reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException malformed) {
            return false;
        }
    }
}
