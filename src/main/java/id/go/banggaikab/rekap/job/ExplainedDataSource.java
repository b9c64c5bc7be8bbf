package id.go.banggaikab.rekap.job;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The history's connection pool, with a failure to connect said in plain words ({@link DatabaseTrouble}) wherever it
 * happens: while the application starts (Flyway asks the database what it is before anything else), when the run lock
 * is taken, or in a step. The failure keeps the driver's own as its cause, for the log.
 */
final class ExplainedDataSource extends DelegatingDataSource implements AutoCloseable {

    private final DatabaseTrouble trouble;

    ExplainedDataSource(DataSource pool, DatabaseTrouble trouble) {
        super(pool);
        this.trouble = trouble;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLException e) {
            throw explained(e);
        } catch (RuntimeException e) {
            if (trouble.isOfTheMachine(e)) {
                throw explained(e);
            }
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return super.getConnection(username, password);
        } catch (SQLException e) {
            throw explained(e);
        } catch (RuntimeException e) {
            if (trouble.isOfTheMachine(e)) {
                throw explained(e);
            }
            throw e;
        }
    }

    /** The failure itself, or one that says it in plain words with the failure as its cause. */
    private SQLException explained(Exception e) {
        MachineFailure failure = trouble.explain(e).orElse(null);
        if (failure == null) {
            return (SQLException) e;
        }
        return new SQLException(failure.getMessage(), failure);
    }

    /** Closes the pool when the application ends, as it would be closed without this wrapper. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
