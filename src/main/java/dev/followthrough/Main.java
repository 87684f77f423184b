package dev.followthrough;

import dev.followthrough.platform.database.DataDirectoryInUse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Entry point; routes to a command. {@code serve} (the default) runs the service until SIGTERM or
 * Ctrl-C; {@code parse} shows how a promise's text is read; {@code healthcheck} asks a running
 * service whether it is healthy; {@code version} says which build this is. Each explains itself
 * with {@code --help}, and none starts anything then.
 */
public final class Main {

    /**
     * A stop (SIGTERM) ends the process within this, whatever the database or Slack does: in order
     * and with 0 well before it (the database is let go after {@link
     * Application#STOP_PATIENCE_WITH_THE_DATABASE}); at it, with 1 and a line naming what still ran.
     * Under the 30 s Docker and Kubernetes wait before they kill.
     */
    static final Duration STOP_LIMIT = Duration.ofSeconds(25);

    private static final String USAGE = """
            Usage: java -jar followthrough.jar [COMMAND]
              serve         run the service (the default), configured by environment variables
              parse ...     show how a promise's text is read
              healthcheck   exit 0 if the running service's /healthz answers 200, 1 if not
              --version     print the version and build (also: version)
              help COMMAND  a command's usage and options (also: COMMAND --help)
            """;

    private static final String SERVE_USAGE = "usage: serve";

    private static final String SERVE_HELP = """
            Runs the service until SIGTERM or Ctrl-C, then exits 0 (2 when its configuration is wrong).
            It takes no options: it reads environment variables, all checked at start. The main ones:
              SLACK_BOT_TOKEN       the bot token (xoxb-...), to run in one workspace
              SLACK_SIGNING_SECRET  verifies that HTTP requests come from Slack
              SLACK_APP_TOKEN       an app-level token (xapp-...): Socket Mode instead of HTTP
              SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, TOKEN_ENCRYPTION_KEY, PUBLIC_URL
                                    installs by OAuth in many workspaces, instead of SLACK_BOT_TOKEN
              DATABASE_URL          the PostgreSQL to use; unset: an embedded one under DATA_DIR (./data)
              PORT                  the HTTP port (default 3000)
            README.md, section "Configuration", lists every variable and its default.""";

    private static final String VERSION_USAGE = "usage: version (or --version)";

    private static final String VERSION_HELP =
            "Prints the version, the commit it was built from (when built in a git repository) and the build's date.";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(
                List.of(args),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out,
                System.err));
    }

    /** Runs one command to its end (serve's end is a SIGTERM) and returns the exit status: 2 for wrong arguments. */
    static int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        var command = args.isEmpty() ? "serve" : args.get(0);
        var rest = args.isEmpty() ? List.<String>of() : args.subList(1, args.size());
        return switch (command) {
            case "serve" -> serveCommand(rest, out, err);
            case "parse" -> ParseCommand.run(rest.toArray(String[]::new), in, out, err);
            case "healthcheck" -> HealthCheckCommand.run(rest, System.getenv(), out, err);
            case "version", "--version" -> versionCommand(rest, out, err);
            case "help", "--help", "-h" -> help(rest, in, out, err);
            default -> unknownCommand(command, err);
        };
    }

    /** {@code help COMMAND} is {@code COMMAND --help}, so each command's help lives with the command. */
    private static int help(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            out.print(USAGE);
            return 0;
        }
        var command = args.get(0);
        if (!List.of("serve", "parse", "healthcheck", "version", "--version").contains(command)) {
            return unknownCommand(command, err);
        }
        return run(List.of(command, "--help"), in, out, err);
    }

    private static int unknownCommand(String command, PrintStream err) {
        err.println("Unknown command: " + command);
        err.print(USAGE);
        return 2;
    }

    private static int serveCommand(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(SERVE_USAGE);
            out.println(SERVE_HELP);
            return 0;
        }
        if (!args.isEmpty()) {
            err.println("Unknown option for serve: " + args.get(0)
                    + " (serve is configured by environment variables, e.g. PORT=3000; 'serve --help' lists them).");
            err.println(SERVE_USAGE);
            return 2;
        }
        return serve();
    }

    private static int versionCommand(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(VERSION_USAGE);
            out.println(VERSION_HELP);
            return 0;
        }
        if (!args.isEmpty()) {
            err.println("Unknown option for version: " + args.get(0) + ".");
            err.println(VERSION_USAGE);
            return 2;
        }
        out.println(Version.current().line());
        return 0;
    }

    private static int serve() {
        var reading = Config.fromEnvironment(System.getenv());
        if (reading instanceof Config.Invalid invalid) {
            System.err.println("Followthrough can't start; fix these environment variables:");
            invalid.problems().forEach(problem -> System.err.println("  - " + problem));
            System.err.println(
                    "README.md, section \"Quick start\", explains creating the Slack app and where each value comes from.");
            return 2;
        }
        var config = ((Config.Valid) reading).config();
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("Starting with {}", config);
        // Installed before start-up so that a stop asked while it runs (the port may already answer) is
        // kept and honoured in order once start-up ends, rather than killing the JVM with 143.
        var stop = new CountDownLatch(1);
        var starting = new AtomicBoolean(true);
        var asked = new AtomicInteger();
        Signal.handle(new Signal("TERM"), signal -> stopAsked(stop, starting, asked));
        Signal.handle(new Signal("INT"), signal -> stopAsked(stop, starting, asked));
        Application application;
        try {
            application = Application.start(config, Clock.systemUTC());
        } catch (DataDirectoryInUse inUse) {
            log.error("Followthrough can't start: {}", inUse.getMessage());
            return 1;
        } catch (CannotStart whatToFix) {
            log.error("Followthrough can't start: {}", whatToFix.getMessage());
            return 2;
        } catch (RuntimeException cannotStart) {
            log.error("Followthrough could not start: {}", describe(cannotStart), cannotStart);
            return 1;
        } finally {
            starting.set(false);
        }
        try {
            stop.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        var stopping = Thread.currentThread();
        var limit = new Thread(() -> stopTookTooLong(stopping), "stop-limit");
        limit.setDaemon(true);
        limit.start();
        application.close();
        return 0;
    }

    /**
     * After {@link #STOP_LIMIT}, names the step the stop is still in (from its stack) and ends the
     * process with 1 at once, without shutdown hooks that could wait on the same thing.
     */
    private static void stopTookTooLong(Thread stopping) {
        try {
            Thread.sleep(STOP_LIMIT.toMillis());
        } catch (InterruptedException interrupted) {
            return;
        }
        var step = java.util.Arrays.stream(stopping.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("dev.followthrough."))
                .findFirst()
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .orElse("(not in Followthrough's code)");
        System.err.println("Followthrough did not stop within " + STOP_LIMIT.toSeconds() + " s (still in " + step
                + "); exiting with 1.");
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    /**
     * A stop asked while the service is starting waits for start-up to end, then closes in order;
     * asked again before then (start-up stuck on a database that never answers), the process exits
     * at once, through the shutdown hooks, with 143 as any killed process would.
     */
    private static void stopAsked(CountDownLatch stop, AtomicBoolean starting, AtomicInteger asked) {
        stop.countDown();
        if (!starting.get()) {
            return;
        }
        if (asked.incrementAndGet() == 1) {
            System.err.println("Followthrough will stop as soon as start-up ends; ask again to stop at once.");
        } else {
            System.exit(143);
        }
    }

    private static String describe(Throwable failure) {
        var message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (var cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }
}
