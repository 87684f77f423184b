package dev.followthrough;

import dev.followthrough.platform.database.DataDirectoryInUse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Entry point. {@code serve} (the default) runs the service until SIGTERM or Ctrl-C; {@code parse}
 * shows how a promise's text is read.
 */
public final class Main {

    private static final String USAGE = """
            Usage:
              java -jar followthrough.jar [serve]     run the service (configured by environment variables)
              java -jar followthrough.jar parse ...   show how a promise is read; 'parse --help' for more
            """;

    private Main() {}

    public static void main(String[] args) {
        var command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve" -> System.exit(serve());
            case "parse" ->
                System.exit(ParseCommand.run(
                        Arrays.copyOfRange(args, 1, args.length),
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        System.out,
                        System.err));
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.println("Unknown command: " + command);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
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
        }
        var stop = new CountDownLatch(1);
        // Handled here rather than in a shutdown hook so that an orderly stop exits with 0, not 143.
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try {
            stop.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        application.close();
        return 0;
    }

    private static String describe(Throwable failure) {
        var message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (var cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }
}
