package dev.followthrough.team;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * App Home's Team section: a compact line per channel the user set up or follows (open, overdue,
 * who is slipping), each with the full team view and Unfollow. At most {@link #MOST_BLOCKS}
 * blocks, so the rest of Home keeps its room.
 */
final class TeamHomeSection {

    /** Channels listed before "and N more". */
    static final int CHANNELS = 5;
    /** The most blocks the section takes: a divider, a title, two per channel and a last line. */
    static final int MOST_BLOCKS = 2 + 2 * CHANNELS + 1;
    /** Names of people slipping on a line before "and N more". */
    private static final int SLIPPING_NAMED = 5;

    private TeamHomeSection() {}

    static List<LayoutBlock> of(List<TeamView> channels, int moreChannels) {
        if (channels.isEmpty()) {
            return List.of();
        }
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(divider());
        blocks.add(section(section -> section.text(markdownText("*:busts_in_silhouette: Team*"))));
        for (var view : channels) {
            blocks.add(section(section -> section.text(markdownText(line(view)))));
            blocks.add(actions(actions -> actions.blockId("team_home_" + view.channelId())
                    .elements(List.of(
                            button(button -> button.actionId(TeamButtons.SHOW)
                                    .text(plainText("See the team view"))
                                    .value(view.channelId())),
                            button(button -> button.actionId(TeamButtons.UNFOLLOW)
                                    .text(plainText("Unfollow"))
                                    .value(view.channelId()))))));
        }
        if (moreChannels > 0) {
            blocks.add(context(List.of(markdownText("…and " + moreChannels + " more "
                    + (moreChannels == 1 ? "channel" : "channels") + ": `/promise team` in any of them shows it."))));
        }
        return blocks;
    }

    static String line(TeamView view) {
        var channel = "<#" + view.channelId() + ">";
        if (view.isEmpty()) {
            return channel + " · nothing open";
        }
        var line = channel + " · " + view.open() + " open · " + view.overdue() + " overdue";
        var slipping = view.slipping();
        if (slipping.isEmpty()) {
            return line + " · nobody slipping";
        }
        var named = slipping.stream()
                .limit(SLIPPING_NAMED)
                .map(userId -> "<@" + userId + ">")
                .collect(Collectors.joining(", "));
        var more = slipping.size() > SLIPPING_NAMED ? " and " + (slipping.size() - SLIPPING_NAMED) + " more" : "";
        return line + " · slipping: " + named + more;
    }
}
