package dev.followthrough.reminder;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The folded reminders sent, part by part as they now stand, so that a press on one promise's
 * button changes that promise's part only and keeps what earlier presses on the same message said
 * (the press payload's blocks can be older than an update still on its way; a form's submission
 * has none).
 */
final class Folds {

    /** A promise is in a handful of folds at most (a nudge or two, a missed prompt): look that far back. */
    private static final int RECENT = 20;

    private final Outbox outbox;

    Folds(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The whole message as it should now read. */
    record Composed(String text, String blocksJson) {}

    /**
     * Keeps the folds' parts, in the transaction that enqueued them: two statements for a whole
     * batch, and each fold once however often the sweep is retried.
     */
    void recordAll(Handle handle, List<Folding.Folded> folded, Instant now) {
        if (folded.isEmpty()) {
            return;
        }
        var store = handle.attach(FoldStore.class);
        var inserted = store.insertFolds(folded.stream()
                .map(fold -> new FoldStore.FoldRow(
                        fold.message().teamId(),
                        fold.message().dedupeKey(),
                        fold.message().text(),
                        now))
                .toList());
        var rows = new ArrayList<FoldStore.PartRow>();
        for (var index = 0; index < folded.size(); index++) {
            if (inserted[index] == 0) {
                continue;
            }
            var message = folded.get(index).message();
            var parts = folded.get(index).layout().parts();
            for (var position = 0; position < parts.size(); position++) {
                var part = parts.get(position);
                rows.add(new FoldStore.PartRow(
                        message.teamId(),
                        message.dedupeKey(),
                        position,
                        part.commitmentId().orElse(null),
                        BlockJson.of(part.blocks())));
            }
        }
        if (!rows.isEmpty()) {
            store.insertParts(rows);
        }
    }

    /**
     * When {@code pressedOn} is a folded message, the message with the pressed promise's part
     * replaced by {@code blocks}; kept for later presses when {@code keep} (a word that only
     * stands once something else happens, such as a message arriving, is not). Empty when the
     * message was a reminder of its own.
     */
    Optional<Composed> replacing(
            Handle handle, String teamId, PressedOn pressedOn, List<LayoutBlock> blocks, boolean keep) {
        if (pressedOn.onDigestRow()
                || pressedOn.channel().isEmpty()
                || pressedOn.ts().isEmpty()) {
            return Optional.empty();
        }
        var store = handle.attach(FoldStore.class);
        var commitmentId = pressedOn.commitmentId();
        var foldKey = store.foldsOf(teamId, commitmentId, RECENT).stream()
                .filter(key -> outbox.sent(teamId, key)
                        .filter(sent ->
                                sent.channel().equals(pressedOn.channel().get())
                                        && sent.ts().equals(pressedOn.ts().get()))
                        .isPresent())
                .findFirst();
        if (foldKey.isEmpty()) {
            return Optional.empty();
        }
        var replacement = BlockJson.of(blocks);
        var whole = new JsonArray();
        for (var part : store.lockParts(teamId, foldKey.get())) {
            var pressed = part.commitmentId() != null && part.commitmentId() == commitmentId;
            if (pressed && keep) {
                store.replacePart(teamId, foldKey.get(), part.position(), replacement);
            }
            whole.addAll(JsonParser.parseString(pressed ? replacement : part.blocks())
                    .getAsJsonArray());
        }
        return Optional.of(new Composed(store.text(teamId, foldKey.get()), whole.toString()));
    }
}
