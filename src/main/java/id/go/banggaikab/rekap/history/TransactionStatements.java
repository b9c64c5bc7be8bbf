package id.go.banggaikab.rekap.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The statements a transaction runs again and again, prepared once per transaction instead of once per use: a chunk
 * of 32 forms asks the same questions and inserts into the same tables for every form, and preparing those statements
 * was about a third of the time SQLite spent storing 5,500 forms. They are closed when the transaction ends, whether it
 * commits or rolls back. Outside a transaction each use prepares and closes its statement, as {@link JdbcTemplate}
 * does. SQL errors are translated by the template as for any other query.
 */
final class TransactionStatements {

    /** What is done with a prepared statement whose parameters were cleared. */
    @FunctionalInterface
    interface Use<T> {
        T with(PreparedStatement statement) throws SQLException;
    }

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    interface Parameters {
        void on(PreparedStatement statement) throws SQLException;
    }

    private final JdbcTemplate jdbc;

    TransactionStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code use} on the statement of {@code sql}. */
    <T> T run(String sql, Use<T> use) {
        return jdbc.execute((ConnectionCallback<T>) con -> {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                try (PreparedStatement once = con.prepareStatement(sql)) {
                    return use.with(once);
                }
            }
            Map<String, PreparedStatement> open = openInThisTransaction();
            PreparedStatement statement = open.get(sql);
            if (statement == null) {
                statement = con.prepareStatement(sql);
                open.put(sql, statement);
            } else {
                statement.clearParameters();
                statement.clearBatch();
            }
            return use.with(statement);
        });
    }

    /**
     * Runs an insert whose parameters {@code set} sets and gives the id generated for its row, which the insert
     * itself returns ({@code RETURNING id}, SQLite and PostgreSQL alike): asked for as generated keys, the SQLite
     * driver ran a second statement after every insert and matched the SQL against a pattern, half of what an
     * insert cost.
     */
    long insert(String sql, Parameters set) {
        return run(sql + " RETURNING id", ps -> {
            set.on(ps);
            try (var keys = ps.executeQuery()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated for the new row of: " + sql);
                }
                return keys.getLong(1);
            }
        });
    }

    /** Inserts {@code rows} with one statement run as a batch, each value set as {@link JdbcTemplate} sets it. */
    void insertAll(String sql, List<Object[]> rows) {
        run(sql, ps -> {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, row[i]);
                }
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, PreparedStatement> openInThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, PreparedStatement>) bound;
        }
        Map<String, PreparedStatement> open = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, open);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TransactionStatements.this);
                for (PreparedStatement statement : open.values()) {
                    try {
                        statement.close();
                    } catch (SQLException e) {
                        // the transaction is over; a statement that cannot be closed goes with its connection
                    }
                }
            }
        });
        return open;
    }
}
