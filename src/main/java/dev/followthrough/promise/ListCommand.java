package dev.followthrough.promise;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.ledger.Series;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /promise list}, {@code done} and {@code cancel}: the asker's open promises, maybe with a
 * button on each, a page at a time.
 */
final class ListCommand implements Subcommand {

    private final String word;
    private final Ledger ledger;
    private final Series series;
    private final UserProfiles profiles;
    private final Optional<PromiseList.RowAction> action;
    private final Clock clock;

    ListCommand(
            String word,
            Ledger ledger,
            Series series,
            UserProfiles profiles,
            Optional<PromiseList.RowAction> action,
            Clock clock) {
        this.word = word;
        this.ledger = ledger;
        this.series = series;
        this.profiles = profiles;
        this.action = action;
        this.clock = clock;
    }

    static final String CANCEL = "cancel";

    String word() {
        return word;
    }

    @Override
    public Response handle(SlashCommandPayload payload, String arguments, SlashCommandContext context) {
        var page = page(payload.getTeamId(), payload.getUserId(), 0);
        return SlackAnswers.response(SlackAnswers.ephemeral(page.text(), page.blocks()));
    }

    /** The page from row {@code from} on, in place of the one whose "Show more" was pressed. */
    String nextPage(String teamId, String userId, int from) {
        var page = page(teamId, userId, from);
        return GsonFactory.createSnakeCase()
                .toJson(BlockKitFit.response(ActionResponse.builder()
                        .replaceOriginal(true)
                        .text(page.text())
                        .blocks(page.blocks())
                        .build()));
    }

    private record Shown(String text, java.util.List<com.slack.api.model.block.LayoutBlock> blocks) {}

    private Shown page(String teamId, String userId, int from) {
        // Soonest first: the rows before this page are read and skipped, as lists are short.
        var upToThisPage = ledger.openOf(teamId, userId, from + PromiseList.SHOWN);
        var open = upToThisPage.subList(Math.min(from, upToThisPage.size()), upToThisPage.size());
        var total = upToThisPage.size() < from + PromiseList.SHOWN
                ? upToThisPage.size()
                : ledger.countOpenOf(teamId, userId);
        var locale =
                profiles.lookup(teamId, userId).map(profile -> profile.locale()).orElse(Locale.US);
        var blocks = new java.util.ArrayList<>(PromiseList.blocks(
                open,
                total,
                clock.instant(),
                locale,
                action,
                Optional.of(new PromiseList.Page(word, from)),
                series.ofOccurrences(teamId, open)));
        // The cancel list ends series too: on its first page, after the promises.
        if (word.equals(CANCEL) && from == 0) {
            blocks.addAll(
                    PromiseList.seriesBlocks(series.runningOf(teamId, userId, PromiseList.SERIES_SHOWN + 1), locale));
        }
        return new Shown(PromiseList.text(total, from, open.size()), blocks);
    }
}
