package dev.followthrough.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The delivery benchmark's rows: {@code workspaces} teams of {@code users} users, each user owning
 * one open commitment whose 1-hour nudge is due at one moment, so the real due sweep turns them into
 * outbox rows and the real dispatcher sends them. Every commitment's words carry its number ("part
 * 17"), which is how a delivered message is traced back to it, folded or not.
 */
final class DeliverySeed {

    /** A user id names its team: the stand-in, on one token for every team, reads the team from it. */
    private static final Pattern USER = Pattern.compile("U(\\d{3})A\\d{4}");

    private static final Pattern PART = Pattern.compile("part (\\d+)\\b");

    private static final String COPY_COMMITMENTS = """
            COPY commitments (team_id, owner_id, what, direction, counterparty_user_id, firmness, due_at,
                              due_phrase, due_zone, status, channel_id, next_check_at, created_at, updated_at,
                              deadline_set_at, nudged_through, last_nudged_at)
            FROM STDIN""";

    private final int workspaces;
    private final int users;

    DeliverySeed(int workspaces, int users) {
        if (workspaces < 1 || workspaces > 999 || users < 2 || users > 9999) {
            throw new IllegalArgumentException("workspaces must be 1 to 999 and users 2 to 9999");
        }
        this.workspaces = workspaces;
        this.users = users;
    }

    int nudges() {
        return workspaces * users;
    }

    int workspaces() {
        return workspaces;
    }

    int usersPerWorkspace() {
        return users;
    }

    static String team(int workspace) {
        return String.format(Locale.ROOT, "T%03d", workspace);
    }

    static String user(int workspace, int user) {
        return String.format(Locale.ROOT, "U%03dA%04d", workspace, user);
    }

    /** The team a DM channel (a user id) belongs to, if it is one of the seeded users. */
    static Optional<String> teamOfChannel(String channel) {
        if (channel == null) {
            return Optional.empty();
        }
        var matcher = USER.matcher(channel);
        return matcher.matches() ? Optional.of("T" + matcher.group(1)) : Optional.empty();
    }

    /** The commitment numbers a message's words name: one, or several if nudges were folded. */
    static java.util.Set<Integer> partsNamedIn(String words) {
        var parts = new java.util.TreeSet<Integer>();
        if (words != null) {
            var matcher = PART.matcher(words);
            while (matcher.find()) {
                parts.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return parts;
    }

    /**
     * Writes the users and their commitments, all nudges due at {@code dueMoment} (plus an even
     * spread over {@code spreadSeconds} if above zero); every commitment's nudge is its number's.
     * Without {@code withUsers} the users are there already (a later burst).
     */
    void write(String jdbcUrl, Instant dueMoment, int spreadSeconds, boolean withUsers)
            throws SQLException, IOException {
        // A zone where the nudge falls around 12:00 local, inside working hours on every day of the week.
        var hour = dueMoment.atZone(ZoneOffset.UTC).getHour();
        var zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - hour))).getId();
        var now = Instant.now();
        try (var connection = DriverManager.getConnection(jdbcUrl)) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var userRows = new StringBuilder(nudges() * 100);
            var commitmentRows = new StringBuilder(nudges() * 300);
            for (var workspace = 0; workspace < workspaces; workspace++) {
                for (var owner = 0; owner < users; owner++) {
                    var part = workspace * users + owner;
                    userRows.append(team(workspace))
                            .append('\t')
                            .append(user(workspace, owner))
                            .append('\t')
                            .append(zone)
                            .append("\ten-US\t")
                            .append(now)
                            .append("\tMONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY\n");
                    var check = spreadSeconds <= 0
                            ? dueMoment
                            : dueMoment.plusMillis((long) part * spreadSeconds * 1000 / nudges());
                    var due = check.plus(Duration.ofHours(1));
                    var made = due.minus(Duration.ofDays(3));
                    var dayBefore = due.minus(Duration.ofHours(24));
                    commitmentRows
                            .append(team(workspace))
                            .append('\t')
                            .append(user(workspace, owner))
                            .append("\tSend the quarterly numbers, part ")
                            .append(part)
                            .append("\tMINE\t")
                            .append(user(workspace, (owner + 1) % users))
                            .append("\tHARD\t")
                            .append(due)
                            .append("\tby tomorrow 1pm\t")
                            .append(zone)
                            // No channel: the nudge is the only message, a DM to its owner.
                            .append("\tOPEN\t\\N\t")
                            .append(check)
                            .append('\t')
                            .append(made)
                            .append('\t')
                            .append(made)
                            .append('\t')
                            .append(made)
                            .append('\t')
                            .append(dayBefore)
                            .append('\t')
                            .append(dayBefore)
                            .append('\n');
                }
            }
            if (withUsers) {
                copy.copyIn(
                        "COPY users (team_id, user_id, time_zone, locale, profile_fetched_at, work_days) FROM STDIN",
                        new StringReader(userRows.toString()));
            }
            copy.copyIn(COPY_COMMITMENTS, new StringReader(commitmentRows.toString()));
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE users, commitments");
            }
        }
    }
}
