package dev.followthrough.platform.scheduler;

import dev.followthrough.platform.database.DatabaseOutage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quartz.JobPersistenceException;
import org.quartz.SchedulerConfigException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz's own JDBC store, as it is, but for two things while the database is away: its cluster
 * check-ins, misfire scans and its own log lines report the outage (one line for all of it) instead
 * of each logging a stack trace, and its bookkeeping after a job (marking the run complete) stops retrying once the
 * scheduler is stopping, so a stop never waits for a database that is gone. What it leaves undone
 * then, a trigger still marked as running, is put right by the cluster's recovery on the next
 * start, as after a crash.
 *
 * <p>Public with a public constructor only because Quartz builds it by class name; the {@link
 * Scheduler} that configured it takes it by its data source's name.
 */
public final class QuartzJobTables extends JobStoreTX {

    private static final Logger log = LoggerFactory.getLogger(QuartzJobTables.class);
    private static final Map<String, QuartzJobTables> built = new ConcurrentHashMap<>();

    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile DatabaseOutage outage = new DatabaseOutage();
    private final Logger quartzLog = new OutageAwareLogger(super.getLog(), () -> outage);

    public QuartzJobTables() {}

    /** The store Quartz built for the data source of this name, taken once. */
    static QuartzJobTables take(String dataSourceName) {
        var store = built.remove(dataSourceName);
        if (store == null) {
            throw new IllegalStateException("Quartz built no job store for " + dataSourceName);
        }
        return store;
    }

    void reportTo(DatabaseOutage outage) {
        this.outage = outage;
    }

    /** From now on, bookkeeping the database does not take is left for the next start's recovery. */
    void stopping() {
        stopping.countDown();
    }

    @Override
    public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
        super.initialize(loadHelper, signaler);
        built.put(getDataSource(), this);
    }

    /** Quartz's own lines about this store: the database away among them is the outage's one line. */
    @Override
    protected Logger getLog() {
        return quartzLog;
    }

    @Override
    protected boolean doCheckin() throws JobPersistenceException {
        try {
            var recoveryNeeded = super.doCheckin();
            outage.answered();
            return recoveryNeeded;
        } catch (JobPersistenceException failed) {
            if (outage.failed(failed)) {
                return false;
            }
            throw failed;
        }
    }

    @Override
    protected RecoverMisfiredJobsResult doRecoverMisfires() throws JobPersistenceException {
        try {
            return super.doRecoverMisfires();
        } catch (JobPersistenceException failed) {
            if (outage.failed(failed)) {
                return RecoverMisfiredJobsResult.NO_OP;
            }
            throw failed;
        }
    }

    /**
     * As Quartz's own, but giving up once the scheduler is stopping. Quartz uses it for what follows
     * a run (marking it complete, releasing a trigger not fired), whose result it ignores, and to
     * check after a failed commit whether the commit happened anyway: giving up answers that with
     * false ("it did not"), so the original failure stands.
     */
    @SuppressWarnings("unchecked")
    @Override
    protected <T> T retryExecuteInNonManagedTXLock(String lockName, TransactionCallback<T> callback) {
        while (true) {
            try {
                var result = executeInNonManagedTXLock(lockName, callback, null);
                outage.answered();
                return result;
            } catch (JobPersistenceException failed) {
                if (!outage.failed(failed)) {
                    log.error("Quartz could not record a job's run; retrying", failed);
                }
            }
            try {
                if (stopping.await(getDbRetryInterval(), TimeUnit.MILLISECONDS)) {
                    log.debug("Stopping: a job's run is left for the next start's recovery to record");
                    return (T) Boolean.FALSE;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return (T) Boolean.FALSE;
            }
        }
    }
}
