package dev.followthrough.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;

/**
 * What else happened while a side was measured, by side: garbage collections (each one's
 * duration), the Quartz jobs that ran and for how long, CPU by thread group, and PostgreSQL's CPU.
 */
final class WhatRan {

    /** Which side is being measured now; collections and jobs between blocks count for neither. */
    private volatile String side = "";

    private final Map<String, Tally> gcs = new ConcurrentHashMap<>();
    private final Map<String, Tally> jobs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> cpuMillis = new ConcurrentHashMap<>();
    private final Map<String, Long> databaseCpuMillis = new ConcurrentHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Supplier<List<ProcessHandle>> database;

    private Map<Long, Long> cpuAtStart = Map.of();
    private Map<Long, String> namesAtStart = Map.of();
    private long databaseAtStart;

    /** Counts and total and longest milliseconds. */
    static final class Tally {
        final LongAdder count = new LongAdder();
        final LongAdder totalMillis = new LongAdder();
        volatile long maxMillis;

        synchronized void add(long millis) {
            count.increment();
            totalMillis.add(millis);
            maxMillis = Math.max(maxMillis, millis);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "%d, %d ms in all, longest %d ms", count.sum(), totalMillis.sum(), maxMillis);
        }
    }

    WhatRan(Supplier<List<ProcessHandle>> database) {
        this.database = database;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                var now = side;
                                if (!now.isEmpty()) {
                                    gcs.computeIfAbsent(now + " / " + info.getGcName(), key -> new Tally())
                                            .add(info.getGcInfo().getDuration());
                                }
                            },
                            null,
                            null);
        }
    }

    /**
     * Counts each Quartz job the service's scheduler runs, with its run time. The scheduler is
     * private to the service (and not in Quartz's repository): reached by reflection, for the
     * benchmark only.
     */
    void watchJobs(Object application) throws SchedulerException, ReflectiveOperationException {
        var schedulerField = application.getClass().getDeclaredField("scheduler");
        schedulerField.setAccessible(true);
        var scheduler = schedulerField.get(application);
        var quartzField = scheduler.getClass().getDeclaredField("quartz");
        quartzField.setAccessible(true);
        var quartz = (org.quartz.Scheduler) quartzField.get(scheduler);
        quartz.getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "ack-benchmark";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {}

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {}

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
                var now = side;
                if (!now.isEmpty()) {
                    jobs.computeIfAbsent(
                                    now + " / "
                                            + context.getJobDetail().getKey().getName(),
                                    key -> new Tally())
                            .add(context.getJobRunTime());
                }
            }
        });
    }

    void begin(String measured) {
        namesAtStart = new HashMap<>();
        cpuAtStart = cpuByThread(namesAtStart);
        databaseAtStart = databaseCpuMillis();
        side = measured;
    }

    void end() {
        var measured = side;
        side = "";
        var names = new HashMap<Long, String>();
        var cpuNow = cpuByThread(names);
        var groups = cpuMillis.computeIfAbsent(measured, key -> new ConcurrentHashMap<>());
        cpuNow.forEach((id, nanos) -> {
            var used = nanos - cpuAtStart.getOrDefault(id, 0L);
            groups.merge(group(names.get(id)), used / 1_000_000, Long::sum);
        });
        databaseCpuMillis.merge(measured, databaseCpuMillis() - databaseAtStart, Long::sum);
    }

    List<String> report(String measured) {
        var lines = new ArrayList<String>();
        new TreeMap<>(gcs).forEach((key, tally) -> {
            if (key.startsWith(measured + " / ")) {
                lines.add("gc " + key.substring(measured.length() + 3) + ": " + tally);
            }
        });
        if (lines.isEmpty()) {
            lines.add("gc: none");
        }
        new TreeMap<>(jobs).forEach((key, tally) -> {
            if (key.startsWith(measured + " / ")) {
                lines.add("job " + key.substring(measured.length() + 3) + ": " + tally);
            }
        });
        var groups = new ArrayList<>(cpuMillis.getOrDefault(measured, Map.of()).entrySet());
        groups.removeIf(entry -> entry.getValue() < 50);
        groups.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        var cpu = new StringBuilder("cpu ms by thread:");
        groups.forEach(
                entry -> cpu.append(' ').append(entry.getKey()).append('=').append(entry.getValue()));
        lines.add(cpu.toString());
        lines.add("cpu ms of PostgreSQL: " + databaseCpuMillis.getOrDefault(measured, 0L));
        return lines;
    }

    private Map<Long, Long> cpuByThread(Map<Long, String> names) {
        var cpu = new HashMap<Long, Long>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            var nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return cpu;
    }

    /** "qtp123-45" and "qtp123-46" are one group: names without their numbers. */
    private static String group(String threadName) {
        return threadName == null ? "?" : threadName.replaceAll("[0-9]+", "#");
    }

    /** User and system time of the database's processes, from /proc (Linux; 0 elsewhere). */
    private long databaseCpuMillis() {
        var total = 0L;
        for (var process : database.get()) {
            try {
                var stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
                total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            } catch (IOException | RuntimeException gone) {
                // A backend that ended meanwhile.
            }
        }
        return total;
    }
}
