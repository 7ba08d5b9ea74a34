package app.floorplan.persistence.program;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Counts the SQL statements prepared through a data source, to prove a load costs the same for 1 or 10 records. */
final class StatementCounter {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicInteger count = new AtomicInteger();

    DataSource wrap(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                result -> result instanceof Connection c ? proxy(Connection.class, c, r -> r) : result);
    }

    int count() {
        return count.get();
    }

    void reset() {
        count.set(0);
    }

    private <T> T proxy(Class<T> type, T target, java.util.function.UnaryOperator<Object> wrapResult) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (type == Connection.class && STATEMENT_FACTORIES.contains(method.getName())) {
                count.incrementAndGet();
            }
            return wrapResult.apply(invoke(method, target, args));
        }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
