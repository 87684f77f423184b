package dev.followthrough.deadline;

/** Refusals for periods that have run out. */
final class PeriodWording {

    private PeriodWording() {}

    static String weekOver() {
        return "This week's last working day has already ended. Say \"end of next week\" or give a day, like \"Monday\".";
    }

    static String monthOver() {
        return "This month's last working day has already ended. Say \"end of next month\" or give a date, like \"Dec 3\".";
    }
}
