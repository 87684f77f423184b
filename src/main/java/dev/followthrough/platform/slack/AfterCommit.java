package dev.followthrough.platform.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Work a handler hands over for after the ack, held back while the request's transaction is open
 * and released only once it committed.
 */
final class AfterCommit {

    private static final ThreadLocal<AfterCommit> CURRENT = new ThreadLocal<>();

    private final List<Runnable> held = new ArrayList<>();

    private AfterCommit() {}

    static AfterCommit begin() {
        var scope = new AfterCommit();
        CURRENT.set(scope);
        return scope;
    }

    static void end() {
        CURRENT.remove();
    }

    /** Holds {@code work} when a transaction is open on this thread; false when there is none. */
    static boolean hold(Runnable work) {
        var scope = CURRENT.get();
        if (scope == null) {
            return false;
        }
        scope.held.add(work);
        return true;
    }

    void release(Executor executor) {
        CURRENT.remove();
        held.forEach(executor::execute);
        held.clear();
    }
}
