package app.floorplan;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource so a test can count the SQL statements one action costs on the current thread
 * (browserless UI tests run the whole request on the test thread).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    static final String NAME = "floorplan-counted";

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(NAME)
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    /** Statements run on this thread since the last {@link #reset()}. */
    public static long statements() {
        var count = QueryCountHolder.get(NAME);
        return count == null ? 0 : count.getTotal();
    }

    public static void reset() {
        QueryCountHolder.clear();
    }
}
