package app.floorplan.persistence.testing;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** Counts the SQL statements run through a data source, to prove a load costs the same for 1 or 10 records. */
public final class StatementCounter {

    private final AtomicInteger count = new AtomicInteger();

    public DataSource wrap(DataSource target) {
        return ProxyDataSourceBuilder.create(target)
                .afterQuery((execution, queries) -> count.incrementAndGet())
                .build();
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }
}
