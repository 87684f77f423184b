package dev.followthrough.channel;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /promise channel}: shows how this channel hears about its promises, and changes it
 * ({@code posts on|off}, {@code summaries on|off}, {@code summary at 10:00}, and the weekly team
 * digest's words, read by {@link TeamDigestWords}). Anyone in the channel may; the change is
 * announced to the channel and kept with who made it.
 */
final class ChannelCommand implements Subcommand {

    private static final Pattern TIME = Pattern.compile("(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?");

    static final String USAGE = "`/promise channel posts on|off` · `/promise channel summaries on|off` ·"
            + " `/promise channel summary at 10:00` · `/promise channel team digest mon 9:00` ·"
            + " `/promise channel escalate after 24h to @someone|in thread|off`";

    private final Jdbi jdbi;
    private final UserProfiles profiles;
    private final Clock clock;

    ChannelCommand(Jdbi jdbi, UserProfiles profiles, Clock clock) {
        this.jdbi = jdbi;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var channelId = payload.getChannelId();
        if (channelId == null || channelId.startsWith("D") || "directmessage".equals(payload.getChannelName())) {
            return answer("ephemeral", "Run `/promise channel` in the channel you want to set up.");
        }
        var teamId = payload.getTeamId();
        var userId = payload.getUserId();
        var zone = profiles.lookup(teamId, userId).map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var current = jdbi.withExtension(ChannelStore.class, store -> store.find(teamId, channelId))
                .orElseGet(() -> ChannelSettings.defaults(teamId, channelId, zone));
        var words = arguments.toLowerCase(Locale.ROOT).strip();
        if (words.isEmpty()) {
            return answer("ephemeral", describe(current) + "\nChange it with " + USAGE + ".");
        }
        if (EscalationWords.isAbout(words)) {
            var reading = EscalationWords.read(current.escalation(), arguments);
            if (reading instanceof EscalationWords.Refused refused) {
                return answer("ephemeral", refused.answer());
            }
            var escalating = (EscalationWords.Changed) reading;
            return saved(current.withEscalation(escalating.escalation()), escalating.description(), userId);
        }
        Optional<Change> change;
        if (TeamDigestWords.addressed(words)) {
            var reading = TeamDigestWords.read(current, words, zone, userId, clock.instant());
            if (reading instanceof TeamDigestWords.Answered answered) {
                return answer("ephemeral", answered.text());
            }
            var read = (TeamDigestWords.Changed) reading;
            change = Optional.of(new Change(read.settings(), read.description()));
        } else {
            change = change(current, words, zone);
        }
        if (change.isEmpty()) {
            return answer(
                    "ephemeral",
                    ":thinking_face: I didn't understand \"" + Mrkdwn.escape(arguments) + "\" after `/promise channel`."
                            + " Did you mean " + USAGE + "? Nothing was changed.");
        }
        return saved(change.get().settings(), change.get().description(), userId);
    }

    private Response saved(ChannelSettings settings, String description, String userId) {
        var changed = settings.changedBy(userId, clock.instant());
        jdbi.useTransaction(handle -> handle.attach(ChannelStore.class).save(changed, description));
        return answer("in_channel", "<@" + userId + "> " + description + ". " + describe(changed));
    }

    private record Change(ChannelSettings settings, String description) {}

    private static Optional<Change> change(ChannelSettings current, String words, java.time.ZoneId zone) {
        switch (words) {
            case "posts on", "thread posts on" -> {
                return Optional.of(
                        new Change(current.withThreadPosts(true), "turned promise posts on for this channel"));
            }
            case "posts off", "thread posts off" -> {
                return Optional.of(
                        new Change(current.withThreadPosts(false), "turned promise posts off for this channel"));
            }
            case "summaries on", "summary on" -> {
                return Optional.of(new Change(current.withSummaries(true), "turned the daily summary on"));
            }
            case "summaries off", "summary off" -> {
                return Optional.of(new Change(current.withSummaries(false), "turned the daily summary off"));
            }
            default -> {
                if (!words.startsWith("summary ")) {
                    return Optional.empty();
                }
                return time(words.substring("summary ".length()).strip())
                        .map(time -> new Change(
                                current.withSummaryAt(time, zone),
                                "moved the daily summary to " + format(time) + " (" + zone.getId() + ")"));
            }
        }
    }

    static Optional<LocalTime> time(String text) {
        var matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var hour = Integer.parseInt(matcher.group(1));
        var minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        var meridiem = matcher.group(3);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    static String describe(ChannelSettings settings) {
        var posts = settings.threadPosts()
                ? "Promises made here get a post when they come due, slip, are kept or are moved."
                : "Promises made here are not posted about.";
        var summary = settings.summaries()
                ? "A summary of what's due and overdue comes on weekdays at " + format(settings.summaryTime()) + " ("
                        + settings.summaryZone().getId() + ")."
                : "No daily summary.";
        return posts + " " + summary + " " + TeamDigestWords.describe(settings.teamDigest()) + " "
                + EscalationWords.describe(settings.escalation());
    }

    private static String format(LocalTime time) {
        return DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    private static Response answer(String responseType, String text) {
        return "in_channel".equals(responseType)
                ? SlackAnswers.inChannelResponse(text)
                : SlackAnswers.response(SlackAnswers.ephemeral(text));
    }
}
