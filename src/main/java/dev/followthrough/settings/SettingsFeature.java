package dev.followthrough.settings;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.followthrough.calendar.CalendarFeeds;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SharedButtons;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.UserProfiles;
import dev.followthrough.user.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A user's settings: lead times, working days and hours, end of day, their calendar feed. Opened
 * from App Home's Settings button or {@code /promise settings}.
 */
public final class SettingsFeature {

    private final SlackPlatform slack;
    private final Jdbi jdbi;
    private final UserProfiles profiles;
    private final AfterSettingsChange afterChange;
    private final CalendarFeeds feeds;
    private final Clock clock;

    private SettingsFeature(
            SlackPlatform slack,
            Jdbi jdbi,
            UserProfiles profiles,
            AfterSettingsChange afterChange,
            CalendarFeeds feeds,
            Clock clock) {
        this.slack = slack;
        this.jdbi = jdbi;
        this.profiles = profiles;
        this.afterChange = afterChange;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** Registers the form's handlers; hands back {@code /promise settings}, which opens it. */
    public static Subcommand register(
            SlackPlatform slack,
            Jdbi jdbi,
            UserProfiles profiles,
            AfterSettingsChange afterChange,
            CalendarFeeds feeds,
            Clock clock) {
        var settings = new SettingsFeature(slack, jdbi, profiles, afterChange, feeds, clock);
        var app = slack.app();
        app.blockAction(SharedButtons.OPEN_SETTINGS, (request, context) -> {
            var payload = request.getPayload();
            settings.open(
                    payload.getTeam().getId(), payload.getUser().getId(), payload.getTriggerId(), Optional.empty());
            return context.ack();
        });
        app.blockAction(SettingsForm.RESET_FEED, (request, context) -> {
            var payload = request.getPayload();
            var teamId = payload.getTeam().getId();
            var userId = payload.getUser().getId();
            feeds.rotate(teamId, userId);
            settings.open(teamId, userId, null, Optional.of(payload.getView()));
            return context.ack();
        });
        app.viewSubmission(SettingsForm.CALLBACK_ID, settings::submit);
        return (payload, arguments, context) -> {
            settings.open(payload.getTeamId(), payload.getUserId(), payload.getTriggerId(), Optional.empty());
            return context.ack();
        };
    }

    /** Opens the form (or, after a reset, shows it again with the new feed link). */
    private void open(String teamId, String userId, String triggerId, Optional<View> replacing) {
        slack.afterAck("opening settings", () -> {
            var profile = profiles.lookup(teamId, userId);
            if (profile.isEmpty()) {
                return;
            }
            var view = BlockKitFit.view(
                    SettingsForm.view(profile.get(), digestOf(teamId, userId), feeds.url(teamId, userId)));
            try {
                if (replacing.isPresent()) {
                    slack.methods(teamId)
                            .viewsUpdate(update -> update.viewId(replacing.get().getId())
                                    .hash(replacing.get().getHash())
                                    .view(view));
                } else {
                    slack.methods(teamId)
                            .viewsOpen(open -> open.triggerId(triggerId).view(view));
                }
            } catch (IOException | SlackApiException unreachable) {
                throw new UncheckedIOException(new IOException("opening settings failed", unreachable));
            }
        });
    }

    private Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var state = payload.getView().getState();
        var leads = selected(state, SettingsForm.LEAD_TIMES).stream()
                .map(minutes -> Duration.ofMinutes(Long.parseLong(minutes)))
                .sorted((left, right) -> right.compareTo(left))
                .toList();
        var days = EnumSet.noneOf(DayOfWeek.class);
        selected(state, SettingsForm.WORK_DAYS).forEach(day -> days.add(DayOfWeek.valueOf(day)));
        var start = time(state, SettingsForm.WORK_START);
        var end = time(state, SettingsForm.WORK_END);
        var endOfDay = time(state, SettingsForm.END_OF_DAY);
        var digestDay = value(state, SettingsForm.DIGEST_DAY)
                .map(ViewState.Value::getSelectedOption)
                .map(option -> DayOfWeek.valueOf(option.getValue()))
                .orElse(DayOfWeek.MONDAY);
        var digestTime = time(state, SettingsForm.DIGEST_TIME).orElse(LocalTime.of(9, 0));
        var whenEmpty = !selected(state, SettingsForm.DIGEST_WHEN_EMPTY).isEmpty();
        var errors = new HashMap<String, String>();
        if (days.isEmpty()) {
            errors.put(SettingsForm.WORK_DAYS, "Pick at least one working day.");
        }
        if (start.isEmpty() || end.isEmpty() || !start.get().isBefore(end.get())) {
            errors.put(SettingsForm.WORK_END, "Your working day has to end after it starts.");
        }
        if (endOfDay.isEmpty()) {
            errors.put(SettingsForm.END_OF_DAY, "Pick the time a date without a time should mean.");
        }
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        var teamId = payload.getTeam().getId();
        var userId = payload.getUser().getId();
        var saved = new Settings(
                leads,
                days,
                start.get(),
                end.get(),
                endOfDay.get(),
                new Settings.Digest(digestDay, digestTime, whenEmpty));
        var before = profiles.lookup(teamId, userId)
                .map(profile -> new Settings(
                        profile.nudgeLeadTimes(),
                        profile.workingHours().days(),
                        profile.workingHours().start(),
                        profile.workingHours().end(),
                        profile.workingHours().endOfDay(),
                        digestOf(teamId, userId)));
        save(teamId, userId, saved);
        return before.map(was -> context.ackWithUpdate(BlockKitFit.view(SettingsChanges.view(was, saved))))
                .orElseGet(context::ack);
    }

    private Settings.Digest digestOf(String teamId, String userId) {
        return jdbi.withExtension(UserStore.class, users -> users.digestOf(teamId, userId))
                .map(row -> new Settings.Digest(
                        DayOfWeek.valueOf(row.digestDay()), row.digestTime(), row.digestWhenEmpty()))
                .orElse(new Settings.Digest(DayOfWeek.MONDAY, LocalTime.of(9, 0), true));
    }

    private void save(String teamId, String userId, Settings settings) {
        jdbi.useTransaction(handle -> {
            handle.attach(UserStore.class).saveSettings(settings.row(teamId, userId));
            // Reminders are planned from settings: every open commitment is looked at again now.
            Ledger.checkAgainAllOpenOf(handle, teamId, userId, clock.instant());
            afterChange.settingsChanged(handle, teamId, userId);
        });
    }

    private static List<String> selected(ViewState state, String blockId) {
        return value(state, blockId)
                .map(value -> value.getSelectedOptions() == null
                        ? List.<String>of()
                        : value.getSelectedOptions().stream()
                                .map(ViewState.SelectedOption::getValue)
                                .toList())
                .orElse(List.of());
    }

    private static Optional<LocalTime> time(ViewState state, String blockId) {
        return ViewStates.time(state, blockId);
    }

    private static Optional<ViewState.Value> value(ViewState state, String blockId) {
        return ViewStates.value(state, blockId);
    }
}
