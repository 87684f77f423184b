package dev.followthrough.calendar;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.util.List;

/** The "Add to calendar" line other features put under a hard commitment. */
public final class CalendarBlocks {

    /**
     * The menu's action. Slack sends an action for a URL option too (after opening the URL), so
     * {@link CalendarFeature} acknowledges it: unanswered, Slack shows the user a warning.
     */
    public static final String ADD_TO_CALENDAR = "calendar_add";

    private CalendarBlocks() {}

    public static LayoutBlock addToCalendar(CalendarLinks.Links links) {
        return section(section -> section.text(markdownText(":calendar: Add to calendar"))
                .accessory(overflowMenu(menu -> menu.actionId(ADD_TO_CALENDAR)
                        .options(List.of(
                                OptionObject.builder()
                                        .text(plainText("Google Calendar"))
                                        .value("google")
                                        .url(links.google().toString())
                                        .build(),
                                OptionObject.builder()
                                        .text(plainText("Download .ics (Outlook, Apple)"))
                                        .value("ics")
                                        .url(links.ics().toString())
                                        .build())))));
    }
}
