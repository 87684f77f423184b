package dev.followthrough.platform.outbox;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for one dispatcher's senders: a stuck call never keeps the JVM up. */
final class SenderThreads implements ThreadFactory {

    private final String owner;
    private final AtomicInteger count = new AtomicInteger();

    SenderThreads(String owner) {
        this.owner = owner;
    }

    @Override
    public Thread newThread(Runnable work) {
        var thread = new Thread(work, "outbox-sender-" + count.incrementAndGet() + "-" + owner);
        thread.setDaemon(true);
        return thread;
    }
}
