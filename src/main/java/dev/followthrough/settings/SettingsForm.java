package dev.followthrough.settings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.user.UserProfile;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The settings form, opened from App Home or {@code /promise settings}. */
final class SettingsForm {

    static final String CALLBACK_ID = "settings_form";
    static final String LEAD_TIMES = "lead_times";
    static final String WORK_DAYS = "work_days";
    static final String WORK_START = "work_start";
    static final String WORK_END = "work_end";
    static final String END_OF_DAY = "end_of_day";
    static final String RESET_FEED = "settings_reset_feed";
    static final String DIGEST_DAY = "digest_day";
    static final String DIGEST_TIME = "digest_time";
    static final String DIGEST_WHEN_EMPTY = "digest_when_empty";

    /** Asked before a reset: every calendar subscribed to the old link stops updating. */
    static final ConfirmationDialogObject RESET_CONFIRMATION = ConfirmationDialogObject.builder()
            .title(plainText("Reset your calendar link?"))
            .text(plainText("The old link stops working at once, and every calendar subscribed to it stops"
                    + " showing your promises until you subscribe to the new one."))
            .confirm(plainText("Reset the link"))
            .deny(plainText("Keep it"))
            .style("danger")
            .build();

    private SettingsForm() {}

    static View view(UserProfile profile, Settings.Digest digest, Optional<URI> feed) {
        var blocks = new ArrayList<LayoutBlock>();
        var leads = Settings.OFFERED_LEAD_TIMES.stream()
                .map(lead -> option(plainText(Settings.label(lead)), Long.toString(lead.toMinutes())))
                .toList();
        var chosenLeads = leads.stream()
                .filter(lead -> profile.nudgeLeadTimes().stream()
                        .anyMatch(current -> Long.toString(current.toMinutes()).equals(lead.getValue())))
                .toList();
        blocks.add(input(input -> input.blockId(LEAD_TIMES)
                .optional(true)
                .label(plainText("Remind me before a deadline"))
                .hint(plainText("Moved into your working hours when they'd fall outside them. None: no reminders"
                        + " before, only when one slips."))
                .element(checkboxes(boxes -> boxes.actionId(LEAD_TIMES)
                        .options(leads)
                        .initialOptions(chosenLeads.isEmpty() ? null : chosenLeads)))));
        var days = new ArrayList<OptionObject>();
        for (var day : DayOfWeek.values()) {
            days.add(option(plainText(day.getDisplayName(TextStyle.FULL, Locale.US)), day.name()));
        }
        var chosenDays = days.stream()
                .filter(day -> profile.workingHours().days().contains(DayOfWeek.valueOf(day.getValue())))
                .toList();
        blocks.add(input(input -> input.blockId(WORK_DAYS)
                .label(plainText("Working days"))
                .element(checkboxes(
                        boxes -> boxes.actionId(WORK_DAYS).options(days).initialOptions(chosenDays)))));
        blocks.add(
                time(WORK_START, "Working hours start", profile.workingHours().start()));
        blocks.add(time(WORK_END, "…and end", profile.workingHours().end()));
        blocks.add(
                time(END_OF_DAY, "\"End of day\" means", profile.workingHours().endOfDay()));
        var chosenDay = days.get(digest.day().ordinal());
        blocks.add(input(input -> input.blockId(DIGEST_DAY)
                .label(plainText("Weekly digest on"))
                .element(staticSelect(
                        select -> select.actionId(DIGEST_DAY).options(days).initialOption(chosenDay)))));
        blocks.add(time(DIGEST_TIME, "…at (your time)", digest.time()));
        var quiet = option(plainText("Send it even in a week with nothing to say"), "yes");
        blocks.add(input(input -> input.blockId(DIGEST_WHEN_EMPTY)
                .optional(true)
                .label(plainText("Quiet weeks"))
                .element(checkboxes(boxes -> boxes.actionId(DIGEST_WHEN_EMPTY)
                        .options(List.of(quiet))
                        .initialOptions(digest.whenEmpty() ? List.of(quiet) : null)))));
        feed.ifPresent(url -> {
            blocks.add(section(section -> section.text(markdownText("*Your calendar feed*: subscribe to "
                    + url + " in any calendar app to see your firm promises there. Anyone with the link can read"
                    + " it; reset it to cut off the old one."))));
            blocks.add(actions(actions -> actions.blockId("settings_feed")
                    .elements(List.of(button(button -> button.actionId(RESET_FEED)
                            .text(plainText("Reset the link"))
                            .style("danger")
                            // Slack asks before the press reaches us: a reset can't be taken back.
                            .confirm(RESET_CONFIRMATION)
                            .value("reset"))))));
        });
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text("Settings").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }

    private static LayoutBlock time(String blockId, String label, LocalTime initial) {
        return input(input -> input.blockId(blockId)
                .label(plainText(label))
                .element(timePicker(picker -> picker.actionId(blockId)
                        .initialTime(String.format("%02d:%02d", initial.getHour(), initial.getMinute())))));
    }
}
