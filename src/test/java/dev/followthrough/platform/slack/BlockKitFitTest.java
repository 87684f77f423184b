package dev.followthrough.platform.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.SlackStandIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlockKitFitTest {

    private static final Pattern TOKEN_OR_ENTITY = Pattern.compile("<[^<>]*>|&[a-z]+;|&#[0-9]+;");

    @Test
    void aThousandAmpersandsEscapedAreShortenedWithoutSplittingAnEntity() {
        var escaped = Mrkdwn.escape("&".repeat(1000));
        assertThat(escaped).hasSize(5000);

        var shortened = Shortening.shorten(escaped, 3000);

        assertThat(shortened).hasSizeLessThanOrEqualTo(3000).endsWith("…");
        assertThat(shortened.substring(0, shortened.length() - 1)).matches("(&amp;)+");
    }

    @Test
    void noCutSplitsAMentionALinkADateTokenOrAnEntity() {
        var text = ("deliver <@U123> to <#C1|sales-team> see <https://example.com/a/b?c=d|the proposal> by"
                        + " <!date^1796050800^{date_short_pretty} at {time}|Mon 30 Nov, 10:00 AM EST> &amp; more ")
                .repeat(20);
        for (var most = 20; most < 600; most++) {
            var shortened = Shortening.shorten(text, most);
            assertThat(shortened).hasSizeLessThanOrEqualTo(most).endsWith("…");
            assertWholeTokens(shortened.substring(0, shortened.length() - 1));
        }
    }

    @Test
    void emojiAndRightToLeftTextAreCutBetweenCharacters() {
        var text = "👩‍👩‍👧 🎉🎉🎉 שלום עולם مرحبا بالعالم ".repeat(200);
        for (var most = 10; most < 200; most++) {
            var shortened = Shortening.shorten(text, most);
            assertThat(shortened).hasSizeLessThanOrEqualTo(most);
            var kept = shortened.substring(0, shortened.length() - 1);
            assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1)))
                    .as(kept)
                    .isFalse();
            assertThat(kept).doesNotEndWith("\u200D");
        }
    }

    @Test
    void aCodeBlockCutShortIsClosed() {
        var shortened = Shortening.shorten("```" + "x".repeat(5000) + "```", 3000);

        assertThat(shortened).hasSizeLessThanOrEqualTo(3000).startsWith("```").endsWith("…```");
    }

    @Test
    void splittingKeepsEveryWordAndEachPieceFitsOnceWrapped() {
        var text = String.join(" ", Collections.nCopies(2500, "word&amp;")) + " " + "x".repeat(4000);

        var pieces = Shortening.split(text, 3000, piece -> ">" + piece);

        assertThat(pieces)
                .allSatisfy(piece -> assertThat((">" + piece).length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("", pieces).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(pieces.subList(0, pieces.size() - 2))
                .allSatisfy(piece -> assertThat(piece).endsWith("word&amp;"));
    }

    @Test
    void splittingALongWordCutsBetweenEntities() {
        var escaped = Mrkdwn.escape("&<>".repeat(3000));

        var pieces = Shortening.split(escaped, 3000, piece -> piece);

        assertThat(String.join("", pieces)).isEqualTo(escaped);
        assertThat(pieces).allSatisfy(piece -> assertThat(piece).matches("(&amp;|&lt;|&gt;)+"));
    }

    @Test
    void aMessageOverEveryLimitIsBroughtWithinThem() {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText("&amp;".repeat(1000)))
                .fields(Collections.nCopies(12, markdownText("f".repeat(2500))))));
        blocks.add(actions(actions -> actions.elements(List.of(
                button(button ->
                        button.actionId("go").text(plainText("b".repeat(100))).value("1")),
                staticSelect(select -> select.actionId("pick")
                        .placeholder(plainText("p".repeat(200)))
                        .options(List.of(option(plainText("o".repeat(90)), "1"))))))));
        for (var index = 0; index < 60; index++) {
            blocks.add(section(section -> section.text(markdownText("row"))));
        }

        var fitted = BlockKitFit.messageBlocksJson(BlockJson.of(blocks));

        var call = new SlackStandIn.Call(
                "chat.postMessage", Map.of("blocks", fitted, "text", "t".repeat(50_000)), null, null);
        assertThat(BlockKitLimits.breaches(call))
                .containsExactly("chat.postMessage text: 50000 characters, over 40000");
        var json = JsonParser.parseString(fitted).getAsJsonArray();
        assertThat(json.size()).isEqualTo(50);
        assertThat(json.get(49).toString()).contains("more not shown");
        assertThat(BlockKitFit.messageText("t".repeat(50_000), true)).hasSize(3000);
    }

    @Test
    void anIdOrValueOverItsLimitIsRefusedNotCut() {
        var tooLongValue = BlockJson.of(List.of(actions(actions -> actions.elements(List.of(staticSelect(select ->
                select.actionId("pick").options(List.of(option(plainText("one"), "v".repeat(151))))))))));

        assertThatThrownBy(() -> BlockKitFit.messageBlocksJson(tooLongValue))
                .isInstanceOf(BlockKitFit.Unfit.class)
                .hasMessageContaining("value");
        var view = View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text("t").build())
                .privateMetadata("m".repeat(3001))
                .blocks(List.of())
                .build();
        assertThatThrownBy(() -> BlockKitFit.view(view)).isInstanceOf(BlockKitFit.Unfit.class);
    }

    @Test
    void aViewsTitleLabelsAndInitialValueAreShortened() {
        var view = BlockKitFit.view(View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("A title far longer than twenty-four")
                        .build())
                .blocks(List.of(input(input -> input.blockId("what")
                        .label(plainText("l".repeat(2500)))
                        .element(plainTextInput(
                                text -> text.actionId("what").maxLength(1000).initialValue("i".repeat(4000)))))))
                .build());

        assertThat(view.getTitle().getText()).hasSizeLessThanOrEqualTo(24).endsWith("…");
        var call = new SlackStandIn.Call(
                "views.open",
                Map.of(
                        "view",
                        com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(view)),
                null,
                null);
        assertThat(BlockKitLimits.breaches(call)).isEmpty();
    }

    @Test
    void aResponseThroughTheResponseUrlIsFittedToo() {
        var response = BlockKitFit.response(ActionResponse.builder()
                .replaceOriginal(true)
                .text("&amp;".repeat(10_000))
                .blocks(List.of(section(section -> section.text(markdownText("&amp;".repeat(1000))))))
                .build());

        assertThat(response.getText()).hasSizeLessThanOrEqualTo(3000);
        assertThat(response.isReplaceOriginal()).isTrue();
        var fittedJson = com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(response);
        var call = new SlackStandIn.Call(
                "response_url", Map.of(), JsonParser.parseString(fittedJson).getAsJsonObject(), null);
        assertThat(BlockKitLimits.breaches(call)).isEmpty();
    }

    private static void assertWholeTokens(String kept) {
        var outside = TOKEN_OR_ENTITY.matcher(kept).replaceAll("");
        assertThat(outside).as(kept).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }
}
