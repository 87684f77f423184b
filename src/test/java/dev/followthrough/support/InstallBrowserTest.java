package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browser keeps the state cookie across Slack's approval page, as a person's does. */
class InstallBrowserTest {

    private HttpServer pages;
    private final List<String> cookiesSeen = new CopyOnWriteArrayList<>();
    private final List<String> queriesSeen = new CopyOnWriteArrayList<>();

    /** Answers as Bolt's install path and redirect do: a Secure state cookie, then its removal. */
    @BeforeEach
    void start() throws IOException {
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/slack/install", exchange -> {
            exchange.getResponseHeaders()
                    .add("Set-Cookie", "slack-app-oauth-state=S123; Secure; HttpOnly; Path=/; Max-Age=600");
            exchange.getResponseHeaders()
                    .add(
                            "Location",
                            "https://slack.com/oauth/v2/authorize?client_id=1111.2222&scope=commands,chat:write"
                                    + "&user_scope=&state=S123&redirect_uri="
                                    + "https%3A%2F%2Ffollowthrough.example.com%2Fslack%2Foauth_redirect");
            answer(exchange, 302, "");
        });
        pages.createContext("/slack/oauth_redirect", exchange -> {
            cookiesSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            queriesSeen.add(exchange.getRequestURI().getRawQuery());
            exchange.getResponseHeaders().add("Set-Cookie", "slack-app-oauth-state=; Secure; Path=/; Max-Age=0");
            answer(exchange, 200, "<html>installed</html>");
        });
        pages.start();
    }

    @AfterEach
    void stop() {
        pages.stop(0);
    }

    @Test
    void theInstallPagesStateCookieAndStateComeBackWithTheCode() {
        var browser = new InstallBrowser(pages.getAddress().getPort());

        var install = browser.get("/slack/install");
        assertThat(install.status()).isEqualTo(302);
        assertThat(install.locationParameter("state")).contains("S123");
        assertThat(install.locationParameter("client_id")).contains("1111.2222");
        assertThat(browser.cookie("slack-app-oauth-state")).contains("S123");

        var installed = browser.returnFromSlack(install, "code-1");

        assertThat(installed.status()).isEqualTo(200);
        assertThat(cookiesSeen).containsExactly("slack-app-oauth-state=S123");
        assertThat(queriesSeen)
                .singleElement()
                .satisfies(query -> assertThat(query).contains("code=code-1").contains("state=S123"));
        assertThat(browser.cookie("slack-app-oauth-state"))
                .as("cleared by Max-Age=0")
                .isEmpty();
    }

    @Test
    void aForgedStateOrACancelAtSlackGoesToTheRedirectAsGiven() {
        var browser = new InstallBrowser(pages.getAddress().getPort());

        browser.returnFromSlack("code-2", "forged state");
        browser.cancelAtSlack("S9");

        assertThat(queriesSeen).containsExactly("code=code-2&state=forged+state", "error=access_denied&state=S9");
        assertThat(cookiesSeen).containsExactly("null", "null");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var output = exchange.getResponseBody()) {
            output.write(bytes);
        }
    }
}
