package dev.followthrough.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory as Linux reports it in {@code /proc/<pid>/status}, in KiB: resident now
 * (VmRSS), its peak (VmHWM), and the part of the resident set no other process shares
 * (RssAnon, what a PostgreSQL backend costs beyond the shared buffers).
 */
record ProcStatus(long residentKilobytes, long peakKilobytes, long privateKilobytes, int threads) {

    static ProcStatus of(long pid) {
        try {
            long resident = 0;
            long peak = 0;
            long anonymous = 0;
            var threads = 0;
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                } else if (line.startsWith("RssAnon:")) {
                    anonymous = kilobytes(line);
                } else if (line.startsWith("Threads:")) {
                    threads = (int) kilobytes(line);
                }
            }
            return new ProcStatus(resident, peak, anonymous, threads);
        } catch (IOException gone) {
            return new ProcStatus(0, 0, 0, 0);
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
