package dev.followthrough.lifecycle;

import dev.followthrough.commitment.EventKind;
import org.jdbi.v3.core.Handle;

/**
 * Every keep ends with the question of what follows with the same person (DESIGN.md §1, "Always
 * a next step"), asked in the keep's confirmation wherever it was pressed.
 */
public final class AskTheNextStep implements Consequence {

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        if (change.event().kind() == EventKind.KEPT) {
            aftermath.ask(NextStepQuestion.of(change.after()));
        }
    }
}
