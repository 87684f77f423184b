package dev.followthrough.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Processor time spent by the parts of a benchmark on this machine, read from Linux's {@code
 * /proc}: the service processes, this JVM (the benchmark and its Slack stand-in), every PostgreSQL
 * process (with what its exited children used), and the machine as a whole. Two readings taken
 * around a burst say where its processor time went. Elsewhere than Linux every figure is zero.
 */
record ProcessorTime(double services, double benchmark, double postgres, double machine, double wall) {

    private static final double TICKS = 100.0;

    static ProcessorTime now(List<Long> servicePids) {
        double services = 0;
        for (var pid : servicePids) {
            services += ofProcess(pid, false);
        }
        return new ProcessorTime(
                services,
                ofProcess(ProcessHandle.current().pid(), false),
                readPostgres(),
                readMachine(),
                System.nanoTime() / 1e9);
    }

    ProcessorTime since(ProcessorTime before) {
        return new ProcessorTime(
                services - before.services,
                benchmark - before.benchmark,
                postgres - before.postgres,
                machine - before.machine,
                wall - before.wall);
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "services %.1f s, benchmark and stand-in %.1f s, PostgreSQL %.1f s, machine %.1f s of %.1f s x %d cores",
                services,
                benchmark,
                postgres,
                machine,
                wall,
                Runtime.getRuntime().availableProcessors());
    }

    /** utime + stime, and with {@code children} also what its waited-for children used. */
    private static double ofProcess(long pid, boolean children) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces: the fields start after its closing parenthesis.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (children) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double readPostgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(ProcessorTime::isPostgres)
                    .mapToDouble(
                            path -> ofProcess(Long.parseLong(path.getFileName().toString()), true))
                    .sum();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim().equals("postgres");
        } catch (IOException gone) {
            return false;
        }
    }

    private static double readMachine() {
        try {
            var cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user nice system (idle iowait skipped) irq softirq steal
            double ticks = 0;
            for (var field : new int[] {1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(cpu[field]);
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
