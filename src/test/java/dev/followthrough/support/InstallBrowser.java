package dev.followthrough.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A person's browser on Followthrough's install pages: plain GETs that keep the cookies the
 * service sets, and the return from Slack's approval page to the redirect with a code and state.
 * Redirects are not followed, so a test reads each {@code Location} itself.
 */
public final class InstallBrowser {

    /** What one GET got back. */
    public record Page(int status, Optional<String> location, List<String> setCookies, String body) {

        /** A query parameter of the {@code Location} redirected to, e.g. {@code state} or {@code client_id}. */
        public Optional<String> locationParameter(String name) {
            return location.map(URI::create)
                    .map(URI::getRawQuery)
                    .map(rawQuery -> query(rawQuery).get(name));
        }
    }

    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    InstallBrowser(int port) {
        this.port = port;
    }

    /** GETs a path of the service, such as {@code /slack/install}, sending and keeping cookies. */
    public Page get(String pathAndQuery) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var setCookies = response.headers().allValues("Set-Cookie");
            setCookies.forEach(this::keep);
            return new Page(
                    response.statusCode(), response.headers().firstValue("Location"), setCookies, response.body());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", failed);
        }
    }

    /**
     * Comes back from Slack's approval page to the redirect URI with {@code code} and the state
     * the install page sent to Slack (read from its {@code Location}).
     */
    public Page returnFromSlack(Page installPage, String code) {
        var state = installPage
                .locationParameter("state")
                .orElseThrow(() ->
                        new IllegalStateException("the install page redirected nowhere with a state: " + installPage));
        var path = installPage
                .locationParameter("redirect_uri")
                .map(URI::create)
                .map(URI::getPath)
                .orElse(REDIRECT_PATH);
        return get(path + "?" + SlackRequests.form(Map.of("code", code, "state", state)));
    }

    /** The redirect with any code and state, e.g. a forged or reused state. */
    public Page returnFromSlack(String code, String state) {
        return get(REDIRECT_PATH + "?code=" + encode(code) + "&state=" + encode(state));
    }

    /** The redirect Slack sends when the person clicks Cancel on its approval page. */
    public Page cancelAtSlack(String state) {
        return get(REDIRECT_PATH + "?error=access_denied&state=" + encode(state));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** A real browser sends Secure cookies to localhost over plain HTTP, so this keeps them too. */
    private void keep(String setCookie) {
        var attributes = setCookie.split(";");
        var pair = attributes[0];
        var equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        var name = pair.substring(0, equals).trim();
        var value = pair.substring(equals + 1).trim();
        var expired = value.isEmpty();
        for (var attribute : attributes) {
            var lower = attribute.trim().toLowerCase(Locale.ROOT);
            expired |= lower.equals("max-age=0") || lower.startsWith("max-age=-");
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String rawQuery) {
        var parameters = new LinkedHashMap<String, String>();
        for (var pair : rawQuery.split("&")) {
            var equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
