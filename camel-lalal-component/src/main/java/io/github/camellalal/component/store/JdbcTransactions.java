package io.github.camellalal.component.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * The one shape of a transaction of the component's PostgreSQL tables (task store, check budget): auto-commit off,
 * the work, commit, or roll back on failure; and the advisory lock that serialises their creation across instances.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class JdbcTransactions {

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Binds one item's parameters to a statement. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement p, T item) throws SQLException;
    }

    private JdbcTransactions() {
    }

    /** Runs {@code work} in one transaction on {@code c}; the connection's auto-commit is as it was afterwards. */
    public static void inTransaction(Connection c, Work work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Takes the transaction-scoped advisory lock of table {@code table}, so that instances starting at once create
     * and migrate it one at a time (released when the transaction ends).
     */
    public static void lockTable(Connection c, String table) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "camel-lalal:" + table);
            lock.executeQuery().close();
        }
    }

    /** Runs {@code sql} once for every item, as one batch (one round trip) in one transaction. */
    static <T> void batch(DataSource dataSource, String sql, Collection<T> items, Binder<T> binder)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            inTransaction(c, tx -> {
                try (PreparedStatement p = tx.prepareStatement(sql)) {
                    for (T item : items) {
                        binder.bind(p, item);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            });
        }
    }
}
