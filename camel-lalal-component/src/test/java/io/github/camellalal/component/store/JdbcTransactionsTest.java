package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stores' transactions on a real PostgreSQL: all or nothing, and the connection's auto-commit kept. */
class JdbcTransactionsTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @BeforeEach
    void table() throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS tx_items (id VARCHAR(20) PRIMARY KEY)");
            s.execute("DELETE FROM tx_items");
        }
    }

    @Test
    void aBatchWritesEveryItemInOneTransaction() throws SQLException {
        JdbcTransactions.batch(POSTGRES.dataSource(), "INSERT INTO tx_items (id) VALUES (?)", List.of("a", "b", "c"),
                (p, id) -> p.setString(1, id));

        assertThat(POSTGRES.queryLong("SELECT count(*) FROM tx_items")).isEqualTo(3);
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        // the third item repeats the first: the batch fails, and the two written before it are rolled back
        assertThatThrownBy(() -> JdbcTransactions.batch(POSTGRES.dataSource(), "INSERT INTO tx_items (id) VALUES (?)",
                List.of("a", "b", "a"), (p, id) -> p.setString(1, id))).isInstanceOf(SQLException.class);

        assertThat(POSTGRES.queryLong("SELECT count(*) FROM tx_items")).isZero();
    }

    @Test
    void workThatThrowsIsRolledBackAndAutoCommitIsAsItWas() throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> JdbcTransactions.inTransaction(c, tx -> {
                try (Statement s = tx.createStatement()) {
                    s.execute("INSERT INTO tx_items (id) VALUES ('x')");
                }
                throw new IllegalStateException("the work failed after its write");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM tx_items")).isZero();
    }
}
