package dev.followthrough.platform.outbox;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.SlackStandIn.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When Slack refuses a message for its blocks or length, its words go out once as plain text; and
 * the owner of a message sent on their behalf hears of it only once its fate is known.
 */
class OutboxFallbackAndConfirmationTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_fallback");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @BeforeEach
    void reset() {
        world.reset();
    }

    @Test
    void slackRefusingTheBlocksOnceLeadsToThePlainTextFallbackBeingSent() {
        world.slack.script("chat.postMessage", Response.error("invalid_blocks"));
        world.enqueue(withBlocks("missed:1:v1", "U100", "Missed: the proposal", "*Missed:* the proposal to Acme"));

        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(1);

        var posts = world.slack.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).param("blocks")).isNotNull();
        assertThat(posts.get(1).param("blocks")).isNull();
        assertThat(posts.get(1).param("text")).isEqualTo("*Missed:* the proposal to Acme");
        var row = world.row("missed:1:v1");
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.lastError()).isEqualTo("sent as plain text");
    }

    @Test
    void msgTooLongOnAnUpdateFallsBackToTextAndDropsTheOldButtons() {
        world.slack.script("chat.update", Response.error("msg_too_long"));
        world.enqueue(OutboxMessage.update(
                "T0001",
                "settle:1",
                "D100",
                "1700000000.000100",
                "Delivered",
                BlockJson.of(List.of(section(section -> section.text(markdownText("Delivered: the proposal"))))),
                Optional.empty()));

        world.dispatcher().dispatchOnce();

        var updates = world.slack.calls("chat.update");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).param("blocks")).isEqualTo("[]");
        assertThat(updates.get(1).param("text")).isEqualTo("Delivered: the proposal");
        assertThat(world.row("settle:1").status()).isEqualTo("SENT");
    }

    @Test
    void aFallbackRefusedTooFailsTheMessageWithoutATryMore() {
        world.slack.script("chat.postMessage", Response.error("invalid_blocks"), Response.error("msg_too_long"));
        world.enqueue(withBlocks("missed:2:v1", "U100", "Missed", "*Missed*"));

        world.dispatcher().dispatchOnce();
        world.clock.advance(java.time.Duration.ofHours(1));
        world.dispatcher().dispatchOnce();

        assertThat(world.slack.calls("chat.postMessage")).hasSize(2);
        assertThat(world.row("missed:2:v1").status()).isEqualTo("FAILED");
        assertThat(world.row("missed:2:v1").lastError()).isEqualTo("msg_too_long");
    }

    @Test
    void blocksTheAppKnowsSlackWouldRefuseAreNeverSentAndTheirWordsAre() {
        var tooLongValue = BlockJson.of(List.of(
                section(section -> section.text(markdownText("Pick one"))),
                actions(actions -> actions.elements(List.of(staticSelect(select ->
                        select.actionId("pick").options(List.of(option(plainText("one"), "v".repeat(151))))))))));
        world.enqueue(OutboxMessage.post(
                "T0001", "pick:1", "U100", "Pick", tooLongValue, Optional.empty(), Optional.empty()));

        world.dispatcher().dispatchOnce();

        var posts = world.slack.calls("chat.postMessage");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).param("blocks")).isNull();
        assertThat(posts.get(0).param("text")).isEqualTo("Pick one");
    }

    @Test
    void theOwnerIsToldAMessageArrivedOnlyOnceSlackTookIt() {
        world.slack.script("chat.postMessage", Response.error("internal_error"));
        world.enqueue(confirmed("renegotiation:7:v2", "U300", "Sorry, Friday instead."));

        world.dispatcher().dispatchOnce();
        assertThat(world.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(texts()).noneMatch(text -> text.contains("has your message"));

        world.clock.advance(java.time.Duration.ofSeconds(2));
        world.dispatcher().dispatchOnce();

        assertThat(world.row("renegotiation:7:v2").status()).isEqualTo("SENT");
        var toOwner = world.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .toList();
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).param("text")).isEqualTo("<@U300> has your message.");
    }

    @Test
    void aFinalFailureTellsTheOwnerWhyWithTheTextToCopyAndNeverThatItWasDelivered() {
        world.slack.refuseChannel("U300", "user_not_found");
        var message = "Sorry & <thanks>: the numbers are late.\nYou'll have it Friday.";
        world.enqueue(confirmed("renegotiation:8:v2", "U300", message));

        world.dispatcher().dispatchOnce();

        assertThat(world.row("renegotiation:8:v2").status()).isEqualTo("FAILED");
        var report = world.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .findFirst()
                .orElseThrow();
        assertThat(report.param("text"))
                .contains("I couldn't deliver your message to <@U300>")
                .contains("deactivated")
                .doesNotContain("has your message");
        assertThat(report.param("blocks"))
                .contains("```Sorry &amp; &lt;thanks&gt;: the numbers are late.\\nYou'll have it Friday.```");
        assertThat(world.slack.calls("chat.update")).hasSize(1);
        assertThat(world.slack.calls("chat.update").get(0).param("text")).contains("didn't arrive");
        assertThat(texts()).noneMatch(text -> text.contains("has your message"));
    }

    @Test
    void aMessageThatOnlyArrivedShortenedIsAlsoGivenBackWhole() {
        world.slack.script("chat.postMessage", Response.error("invalid_blocks"));
        var message = "word ".repeat(1000).strip();
        world.enqueue(confirmed("renegotiation:9:v2", "U300", message));

        world.dispatcher().dispatchOnce();
        world.dispatcher().dispatchOnce();

        var toOwner = world.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .map(call -> call.param("text"))
                .toList();
        assertThat(toOwner).hasSize(2);
        assertThat(toOwner.get(0)).isEqualTo("<@U300> has your message.");
        assertThat(toOwner.get(1)).contains("shortened");
        var report = world.slack.calls("chat.postMessage").get(3);
        assertThat(report.param("blocks").replace("```", "").replace("\\n", "")).contains(message.substring(0, 2000));
    }

    private List<String> texts() {
        return world.slack.calls().stream()
                .map(call -> call.param("text"))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static OutboxMessage withBlocks(String key, String recipient, String text, String sectionText) {
        return OutboxMessage.post(
                "T0001",
                key,
                recipient,
                text,
                BlockJson.of(List.of(section(section -> section.text(markdownText(sectionText))))),
                Optional.empty(),
                Optional.empty());
    }

    /** A renegotiation for U300 from U100, whose reminder sits at D100 / 1700000000.000100. */
    private static OutboxMessage confirmed(String key, String counterparty, String message) {
        var intro = "A message from <@U100> about *the proposal*:";
        var blocks = new java.util.ArrayList<com.slack.api.model.block.LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(intro))));
        blocks.addAll(dev.followthrough.platform.slack.WholeText.quoted(message));
        var onUndelivered = OutboxMessage.update(
                "T0001",
                key + ":reminder-undelivered",
                "D100",
                "1700000000.000100",
                "Your message didn't arrive: it's below, to copy.",
                null,
                Optional.empty());
        return OutboxMessage.post(
                        "T0001", key, counterparty, intro, BlockJson.of(blocks), Optional.empty(), Optional.of(7L))
                .confirmedBy(new Confirmation(
                        "U100",
                        "your message to <@" + counterparty + "> about *the proposal*",
                        message,
                        Optional.of(OutboxWorld.post(
                                key + ":delivered", "U100", "<@" + counterparty + "> has your message.")),
                        Optional.of(onUndelivered)));
    }
}
