package app.floorplan.persistence.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Remembers the last statement run through a data source with its parameters, so a benchmark can ask PostgreSQL how
 * it ran a slow search: EXPLAIN (ANALYZE, BUFFERS) of exactly that statement.
 */
final class LastStatement {

    private DataSource target;
    private String sql = "";
    private List<Object> parameters = List.of();

    DataSource wrap(DataSource dataSource) {
        target = dataSource;
        return ProxyDataSourceBuilder.create(dataSource)
                .afterQuery((execution, queries) -> {
                    QueryInfo query = queries.getLast();
                    sql = query.getQuery();
                    parameters = query.getParametersList().isEmpty()
                            ? List.of()
                            : query.getParametersList().getFirst().stream()
                                    .sorted((a, b) -> Integer.compare(position(a), position(b)))
                                    .map(operation -> operation.getArgs()[1])
                                    .toList();
                })
                .build();
    }

    /** The plan of the last statement, run again with its parameters. */
    String explain() {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = target.getConnection();
                PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append("  ").append(rows.getString(1)).append(System.lineSeparator());
                }
            }
        } catch (SQLException e) {
            plan.append("  (no plan: ").append(e.getMessage()).append(')').append(System.lineSeparator());
        }
        return plan.toString();
    }

    private static int position(ParameterSetOperation operation) {
        return (Integer) operation.getArgs()[0];
    }
}
