package dev.followthrough.settings;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What saving the settings changed, shown in the form's place: each setting now and before. */
final class SettingsChanges {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SettingsChanges() {}

    static View view(Settings before, Settings after) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Settings saved")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(List.of(section(section -> section.text(markdownText(text(before, after))))))
                .build();
    }

    static String text(Settings before, Settings after) {
        var changes = new ArrayList<String>();
        if (!Set.copyOf(before.leadTimes()).equals(Set.copyOf(after.leadTimes()))) {
            changes.add(change("Reminders", leads(after.leadTimes()), leads(before.leadTimes())));
        }
        if (!before.workDays().equals(after.workDays())) {
            changes.add(change("Working days", days(after.workDays()), days(before.workDays())));
        }
        if (!before.workStart().equals(after.workStart()) || !before.workEnd().equals(after.workEnd())) {
            changes.add(change(
                    "Working hours",
                    hours(after.workStart(), after.workEnd()),
                    hours(before.workStart(), before.workEnd())));
        }
        if (!before.endOfDay().equals(after.endOfDay())) {
            changes.add(change(
                    "A date without a time means", TIME.format(after.endOfDay()), TIME.format(before.endOfDay())));
        }
        var digestBefore = before.digest();
        var digestAfter = after.digest();
        if (digestBefore.day() != digestAfter.day() || !digestBefore.time().equals(digestAfter.time())) {
            changes.add(change("Weekly digest", digest(digestAfter), digest(digestBefore)));
        }
        if (digestBefore.whenEmpty() != digestAfter.whenEmpty()) {
            changes.add(change("In a quiet week", quietWeek(digestAfter), quietWeek(digestBefore)));
        }
        if (changes.isEmpty()) {
            return ":white_check_mark: Saved. Nothing changed: your settings are as they were.";
        }
        return ":white_check_mark: Saved. What changed:\n" + String.join("\n", changes);
    }

    private static String change(String setting, String now, String was) {
        return "• " + setting + ": " + now + " _(was " + was + ")_";
    }

    private static String leads(List<Duration> leads) {
        if (leads.isEmpty()) {
            return "none before a deadline";
        }
        var labels = leads.stream()
                .sorted(Comparator.reverseOrder())
                .map(lead -> Settings.label(lead).replace(" before", ""))
                .toList();
        var joined = labels.size() == 1
                ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        return joined + " before";
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.US))
                .collect(Collectors.joining(", "));
    }

    private static String hours(LocalTime start, LocalTime end) {
        return TIME.format(start) + "–" + TIME.format(end);
    }

    private static String digest(Settings.Digest digest) {
        return digest.day().getDisplayName(TextStyle.FULL, Locale.US) + " at " + TIME.format(digest.time());
    }

    private static String quietWeek(Settings.Digest digest) {
        return digest.whenEmpty() ? "a digest all the same" : "no digest";
    }
}
