package dev.followthrough;

import dev.followthrough.platform.http.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code healthcheck [--url URL]}: asks a running service's {@code /healthz}, for a container's
 * HEALTHCHECK where no curl is installed. It loads nothing of the service (no logging, no
 * Jetty), so it starts in a fraction of a second; the constants it names are inlined when compiled.
 */
final class HealthCheckCommand {

    static final String USAGE = "usage: healthcheck [--url http://127.0.0.1:3000" + HttpServer.HEALTH_PATH + "]";

    static final String HELP = """
            Asks the running service whether it is healthy: GET http://127.0.0.1:$PORT/healthz, PORT
            from the environment as the service reads it (default 3000). Exits 0 on 200; 1 on any
            other answer or none within 3 s, with the status and body, or why it was not reachable,
            on one line of standard error; 2 when the arguments or PORT are wrong.
              --url  another address to ask, e.g. http://10.0.0.5:3000/healthz""";

    // Together about 3 s: within Docker's usual HEALTHCHECK timeout, with the JVM's start.
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final int READ_TIMEOUT_MILLIS = 2_000;
    private static final int MOST_BODY_CHARACTERS = 300;

    private HealthCheckCommand() {}

    /** Exit status 0 when healthy, 1 when not, 2 when the arguments themselves are wrong. */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            out.println(HELP);
            return 0;
        }
        URL url;
        try {
            url = url(args, environment);
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
            err.println(USAGE);
            return 2;
        }
        return ask(url, out, err);
    }

    private static URL url(List<String> args, Map<String, String> environment) {
        String url = null;
        for (int index = 0; index < args.size(); index++) {
            var arg = args.get(index);
            if (!"--url".equals(arg)) {
                throw new IllegalArgumentException("Unknown option for healthcheck: " + arg + ".");
            }
            if (index + 1 == args.size()) {
                throw new IllegalArgumentException("Option --url needs a value.");
            }
            url = args.get(++index);
        }
        if (url == null) {
            return localUrl(environment);
        }
        if (!Config.isHttpUrl(url)) {
            throw new IllegalArgumentException("Not an http(s) URL for --url: " + url + ".");
        }
        try {
            return URI.create(url).toURL();
        } catch (IOException | IllegalArgumentException malformed) {
            throw new IllegalArgumentException("Not an http(s) URL for --url: " + url + ".");
        }
    }

    private static URL localUrl(Map<String, String> environment) {
        var port = Config.value(environment, "PORT").orElse(Integer.toString(Config.DEFAULT_PORT));
        try {
            var number = Integer.parseInt(port);
            if (number < 1 || number > 65535) {
                throw new NumberFormatException();
            }
            return URI.create("http://127.0.0.1:" + number + HttpServer.HEALTH_PATH)
                    .toURL();
        } catch (NumberFormatException | IOException notAPort) {
            throw new IllegalArgumentException("PORT must be the port the service listens on, from 1 to 65535, not "
                    + port + "; or give the address with --url.");
        }
    }

    private static int ask(URL url, PrintStream out, PrintStream err) {
        HttpURLConnection connection = null;
        try {
            // Never through a proxy: the address is the service's own.
            connection = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            connection.setInstanceFollowRedirects(false);
            var status = connection.getResponseCode();
            var body = body(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            if (status == 200) {
                out.println(body);
                return 0;
            }
            err.println("Not healthy: " + url + " answered " + status + (body.isEmpty() ? "" : " " + body));
            return 1;
        } catch (SocketTimeoutException slow) {
            err.println("Not healthy: " + url + " did not answer within 3 s (" + slow.getMessage() + ").");
            return 1;
        } catch (IOException unreachable) {
            err.println("Not reachable: " + url + " (" + unreachable.getMessage()
                    + "); is the service running, on this port?");
            return 1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** The answer's body on one short line. */
    private static String body(InputStream stream) throws IOException {
        if (stream == null) {
            return "";
        }
        try (stream) {
            var text = new String(stream.readNBytes(MOST_BODY_CHARACTERS * 4), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ")
                    .trim();
            return text.length() > MOST_BODY_CHARACTERS ? text.substring(0, MOST_BODY_CHARACTERS) + "…" : text;
        }
    }
}
