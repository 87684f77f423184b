package dev.followthrough.score;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Reckoning;
import dev.followthrough.commitment.Score;
import dev.followthrough.commitment.Tally;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code /promise score}'s answer: this week, the last four weeks and all time, yours and theirs apart. */
public final class ScoreCard {

    private ScoreCard() {}

    public static List<LayoutBlock> blocks(Collection<Reckoning> reckonings, Instant now, ZoneId zone) {
        var weekStart = Score.weekStart(now, zone);
        var fourWeeksBefore = weekStart.atZone(zone).minusWeeks(4).toInstant();
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(
                ":bar_chart: *Your follow-through*: deadlines kept on time or renegotiated before they passed,"
                        + " out of those that came due."))));
        blocks.add(period(
                "This week",
                Score.over(
                        reckonings,
                        weekStart,
                        weekStart.atZone(zone).plusWeeks(1).toInstant())));
        blocks.add(period("The 4 weeks before", Score.over(reckonings, fourWeeksBefore, weekStart)));
        blocks.add(period("All time", Score.allTime(reckonings)));
        blocks.add(context(List.of(markdownText(
                "A renegotiation before the deadline keeps trust and counts as followed through; one after it"
                        + " doesn't. Nothing due yet shows —."))));
        return blocks;
    }

    public static String text(Collection<Reckoning> reckonings) {
        return "Your follow-through, all time: "
                + rate(Score.allTime(reckonings).mine()) + ".";
    }

    private static LayoutBlock period(String name, Score score) {
        return section(section -> section.fields(List.of(
                markdownText("*" + name + "* · you\n" + line(score.mine())),
                markdownText("*" + name + "* · others, to you\n" + line(score.theirs())))));
    }

    private static String line(Tally tally) {
        if (tally.cameDue() == 0) {
            return "— (nothing came due)";
        }
        var summary = tally.followedThrough() + " of " + tally.cameDue() + " · " + rate(tally);
        var breakdown = ScoreLines.breakdown(tally);
        return breakdown.isEmpty() ? summary : summary + "\n" + breakdown;
    }

    static String rate(Tally tally) {
        var percent = tally.ratePercent();
        return percent.isPresent() ? percent.getAsInt() + "%" : "—";
    }
}
