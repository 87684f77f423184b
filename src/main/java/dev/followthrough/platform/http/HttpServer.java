package dev.followthrough.platform.http;

import com.google.gson.Gson;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Embedded Jetty: Slack's requests (commands, interactivity and events, one URL) at
 * {@code POST /slack/events}, {@code GET /healthz} for load balancers and Docker, and {@code GET
 * /metrics} for Prometheus, on the public port or on a port of its own ({@link MetricsEndpoint}).
 */
public final class HttpServer implements AutoCloseable {

    /**
     * Set by the gate in front of Bolt: {@link System#nanoTime()} when the request arrived, so a
     * request's time is measured from its arrival. Whatever a sender puts under this name is replaced.
     */
    public static final String RECEIVED_AT_HEADER = "X-Followthrough-Received-Nanos";

    /** Where the service says whether it can work: 200, or 503 while it can't. */
    public static final String HEALTH_PATH = "/healthz";

    private static final String PUBLIC = "public";
    private static final String METRICS = "metrics";
    private static final String METRICS_PATH = "/metrics";

    private final Server server;
    private final ServerConnector connector;
    private final Optional<ServerConnector> metricsConnector;
    private final ServletContextHandler context;
    private final List<HealthPart> healthParts = new CopyOnWriteArrayList<>();

    /** One more line in {@code /healthz}: its state in a word, and whether the service can work without it. */
    private record HealthPart(String name, Supplier<String> state, BooleanSupplier healthy) {}

    public HttpServer(
            int port,
            App slackApp,
            boolean servesSlackRequests,
            BooleanSupplier databaseHealthy,
            MetricsEndpoint metrics) {
        server = new Server();
        connector = connector(server, PUBLIC, port);
        server.setErrorHandler(new PlainErrorAnswers());
        context = context(metrics);
        if (servesSlackRequests) {
            // Socket Mode has no signing secret; its requests never come through here.
            var gate = new SlackRequestGate(slackApp.config().getSigningSecret(), Clock.systemUTC());
            context.addFilter(new FilterHolder(gate), "/slack/events", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(new SlackAppServlet(slackApp)), "/slack/events");
        }
        context.addServlet(new ServletHolder(new HealthServlet(databaseHealthy, healthParts)), HEALTH_PATH);
        var metricsServlet = new ServletHolder(new MetricsServlet(metrics.text(), metrics.token()));
        Handler contexts = context;
        if (metrics.port().isPresent()) {
            // Each context answers on its own connector only: the public port has no /metrics.
            metricsConnector =
                    Optional.of(connector(server, METRICS, metrics.port().get()));
            context.setVirtualHosts(List.of("@" + PUBLIC));
            var metricsContext = context(metrics);
            metricsContext.setVirtualHosts(List.of("@" + METRICS));
            metricsContext.addServlet(metricsServlet, METRICS_PATH);
            contexts = new ContextHandlerCollection(context, metricsContext);
        } else {
            metricsConnector = Optional.empty();
            context.addServlet(metricsServlet, METRICS_PATH);
        }
        // On stop: refuse new requests, let those in flight finish (up to the stop timeout).
        server.setHandler(new GracefulHandler(contexts));
        server.setStopTimeout(20_000);
        server.setStopAtShutdown(false);
    }

    private static ServerConnector connector(Server server, String name, int port) {
        // No "Server: Jetty(…)" banner, and error pages without stack traces or server details.
        var httpConfiguration = new HttpConfiguration();
        httpConfiguration.setSendServerVersion(false);
        httpConfiguration.setSendXPoweredBy(false);
        var connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
        connector.setName(name);
        connector.setPort(port);
        server.addConnector(connector);
        return connector;
    }

    /** A context whose every request is timed (the first filter, so it sees every answer). */
    private static ServletContextHandler context(MetricsEndpoint metrics) {
        var context = new ServletContextHandler();
        context.setErrorHandler(new PlainErrorAnswers());
        context.addFilter(
                new FilterHolder(new RequestTimings(metrics.meters())), "/*", EnumSet.of(DispatcherType.REQUEST));
        return context;
    }

    /**
     * Adds {@code name} to what {@code /healthz} reports, e.g. the Socket Mode connection; when
     * {@code healthy} is false, {@code /healthz} answers 503.
     */
    public void reportInHealth(String name, Supplier<String> state, BooleanSupplier healthy) {
        healthParts.add(new HealthPart(name, state, healthy));
    }

    /** Serves a feature's own pages at {@code pathSpec} (e.g. {@code /calendar/*}); before {@link #start}. */
    public void serve(String pathSpec, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), pathSpec);
    }

    public void start() {
        try {
            server.start();
        } catch (Exception cannotStart) {
            throw new IllegalStateException(
                    "Could not start the HTTP server on port " + connector.getPort(), cannotStart);
        }
    }

    /** The port actually bound (useful when asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The port {@code /metrics} is served on: METRICS_PORT's, or the public one. */
    public int metricsPort() {
        return metricsConnector.map(ServerConnector::getLocalPort).orElseGet(this::port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception failedToStop) {
            throw new IllegalStateException("The HTTP server did not stop cleanly", failedToStop);
        }
    }

    private static final class HealthServlet extends HttpServlet {
        private final transient BooleanSupplier databaseHealthy;
        private final transient List<HealthPart> parts;

        HealthServlet(BooleanSupplier databaseHealthy, List<HealthPart> parts) {
            this.databaseHealthy = databaseHealthy;
            this.parts = parts;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            var report = new LinkedHashMap<String, String>();
            var status = databaseHealthy.getAsBoolean() ? "ok" : "database unavailable";
            report.put("database", "ok".equals(status) ? "ok" : "unavailable");
            for (var part : parts) {
                var state = part.state().get();
                report.put(part.name(), state);
                if ("ok".equals(status) && !part.healthy().getAsBoolean()) {
                    status = part.name() + " " + state;
                }
            }
            var body = new LinkedHashMap<String, String>();
            body.put("status", status);
            body.putAll(report);
            response.setStatus("ok".equals(status) ? 200 : 503);
            response.setContentType("application/json");
            response.getWriter().write(new Gson().toJson(body));
        }
    }
}
