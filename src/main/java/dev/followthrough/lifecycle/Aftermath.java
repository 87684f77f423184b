package dev.followthrough.lifecycle;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the consequences of one change leave for those after them, in the order they run: the
 * question to ask with the confirmation, a word on where a message went, what else the change
 * did, blocks to add (a calendar link), and whether the owner's message reached the other side.
 */
public final class Aftermath {

    private Optional<String> question = Optional.empty();
    private Optional<String> note = Optional.empty();
    private final List<String> told = new ArrayList<>();
    private final List<LayoutBlock> blocks = new ArrayList<>();
    private boolean messagePassedOn;

    /** Asks {@code question} with the confirmation, with a button to answer it. */
    public void ask(String text) {
        question = Optional.of(text);
    }

    public Optional<String> question() {
        return question;
    }

    /** A sentence for the confirmation: where the owner's message went. */
    public void note(String sentence) {
        note = Optional.of(sentence);
    }

    public Optional<String> note() {
        return note;
    }

    /** A sentence for the confirmation on what else the change did (a recurring promise's next one). */
    public void tell(String sentence) {
        told.add(sentence);
    }

    public List<String> told() {
        return List.copyOf(told);
    }

    public void add(LayoutBlock block) {
        blocks.add(block);
    }

    public List<LayoutBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** The same, with {@code sentence} as its word on where the message went: for a later update. */
    public Aftermath withNote(String sentence) {
        var copy = new Aftermath();
        copy.question = question;
        copy.note = Optional.of(sentence);
        copy.told.addAll(told);
        copy.blocks.addAll(blocks);
        copy.messagePassedOn = messagePassedOn;
        return copy;
    }

    /** The owner's message is on its way to the other side: it needn't be copied by hand. */
    public void messagePassedOn() {
        messagePassedOn = true;
    }

    public boolean wasMessagePassedOn() {
        return messagePassedOn;
    }
}
