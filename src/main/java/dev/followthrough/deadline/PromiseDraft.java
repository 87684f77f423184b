package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.Optional;

/** A promise read from text, ready to be saved. */
public record PromiseDraft(String what, Optional<Counterparty> counterparty, Direction direction, Deadline deadline) {}
