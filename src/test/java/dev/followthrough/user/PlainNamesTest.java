package dev.followthrough.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Counterparty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainNamesTest {

    private final PlainNames.InTeam names = new PlainNames((teamId, slackId) -> Optional.ofNullable(
                    Map.of("U0002", "Dana", "C0009", "deals").get(slackId)))
            .in("T0001");

    @Test
    void mentionsAndChannelsAreWrittenAsSlackNamesThem() {
        assertThat(names.text("send <@U0002> the deck in <#C0009>")).isEqualTo("send Dana the deck in #deals");
    }

    @Test
    void whatSlackHasNotNamedYetIsSaidInOtherWordsOrByTheLabelItCameWith() {
        assertThat(names.text("ask <@U0404> about it")).isEqualTo("ask someone about it");
        assertThat(names.text("ask <@U0404|sam.k> about it")).isEqualTo("ask sam.k about it");
        assertThat(names.text("post it in <#C0404>")).isEqualTo("post it in a channel");
        assertThat(names.text("post it in <#C0404|general>")).isEqualTo("post it in #general");
    }

    @Test
    void specialMentionsAndLinksReadAsTheyShow() {
        assertThat(names.text("tell <!here> and <!subteam^S1|@sales>")).isEqualTo("tell @here and @sales");
        assertThat(names.text("see <https://example.com/q|the quote> and <https://example.com>"))
                .isEqualTo("see the quote and https://example.com");
        assertThat(names.text("a < b > c, 2 <3")).isEqualTo("a < b > c, 2 <3");
    }

    @Test
    void aCounterpartyIsNamedAsTypedOrBySlackWithAWordForOneNotKnownYet() {
        assertThat(names.of(Counterparty.named("the buyer at Acme"), "them")).isEqualTo("the buyer at Acme");
        assertThat(names.of(Counterparty.slackUser("U0002"), "them")).isEqualTo("Dana");
        assertThat(names.of(Counterparty.slackUser("U0404"), "them")).isEqualTo("them");
    }

    @Test
    void aFormErrorWrittenForMrkdwnLosesItsMentionsAndCodeMarks() {
        assertThat(names.formError("Only <@U0002> can change this promise. Record your own with `/promise`."))
                .isEqualTo("Only Dana can change this promise. Record your own with /promise.");
    }

    @Test
    void aViewsPlainTextAndInitialValuesAreWrittenOutAndItsMrkdwnKeepsMentions() {
        var view = View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("For <@U0002>")
                        .build())
                .blocks(List.of(
                        Blocks.section(section -> section.text(BlockCompositions.markdownText("Due to <@U0002>"))),
                        Blocks.input(input -> input.blockId("what")
                                .label(BlockCompositions.plainText("Message to <@U0002>"))
                                .element(BlockElements.plainTextInput(
                                        text -> text.actionId("what").initialValue("Hi <@U0002>, in <#C0009>"))))))
                .build();

        var written = com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(names.view(view));

        assertThat(written)
                .contains("\"text\":\"For Dana\"")
                // Gson writes < and > escaped: the mrkdwn text is still the mention.
                .contains("\"text\":\"Due to \\u003c@U0002\\u003e\"")
                .contains("\"text\":\"Message to Dana\"")
                .contains("\"initial_value\":\"Hi Dana, in #deals\"");
    }
}
