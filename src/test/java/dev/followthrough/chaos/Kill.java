package dev.followthrough.chaos;

import java.time.Instant;
import java.util.List;

/** One kill -9 and the launches it took to have the service healthy again. */
record Kill(
        int number,
        Mode mode,
        Instant at,
        int processesKilled,
        List<Service.Launch> launches,
        boolean postmasterKilledByHand) {

    enum Mode {
        /** The JVM alone; its embedded postmaster is left running, as after an OOM kill. */
        SERVICE_ALONE("the service alone"),
        /** The JVM, its postmaster and their children, as a host or container crash does. */
        WITH_DATABASE("the service with its embedded PostgreSQL");

        private final String description;

        Mode(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    boolean failedFirstTime() {
        return launches.isEmpty() || !launches.get(0).healthy();
    }

    long failedLaunches() {
        return launches.stream().filter(launch -> !launch.healthy()).count();
    }

    boolean restarted() {
        return !launches.isEmpty() && launches.get(launches.size() - 1).healthy();
    }
}
