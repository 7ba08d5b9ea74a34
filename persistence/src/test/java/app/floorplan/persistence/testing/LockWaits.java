package app.floorplan.persistence.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for PostgreSQL to report a session blocked on a lock, so a concurrency test proves the wait instead of
 * guessing it from a sleep.
 */
public final class LockWaits {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private LockWaits() {}

    /** Returns once some session of the test database waits for a lock; fails with {@code whoShouldWait} if none does. */
    public static void awaitSomeoneWaitingForALock(JdbcClient jdbc, String whoShouldWait) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            int waiting = jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where datname = current_database() and wait_event_type = 'Lock'""").query(Integer.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(whoShouldWait + " never waited for a lock");
    }

    /** Lets a worker thread hold its transaction open until the test releases it, without a checked exception. */
    public static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
