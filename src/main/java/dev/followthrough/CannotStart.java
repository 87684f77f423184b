package dev.followthrough;

/**
 * Start-up stopped by something a person must fix (a refused token, a data directory in use): its
 * message says what and how, and is shown alone, without a stack trace.
 */
public final class CannotStart extends RuntimeException {

    public CannotStart(String whatToFix) {
        super(whatToFix, null, false, false);
    }
}
