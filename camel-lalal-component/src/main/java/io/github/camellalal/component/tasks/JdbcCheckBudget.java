package io.github.camellalal.component.tasks;

import io.github.camellalal.component.store.JdbcTransactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check budget of one license shared by every instance that uses the same PostgreSQL database: one row per
 * license in table {@code lalal_check_budget} holds the next free slot and the end of a pause, on the database's
 * clock, and each slot is taken by one {@code UPDATE ... RETURNING}. Slots are {@code 60 s / perMinute} apart plus 5 %
 * (3 s per rolling minute for the time between a slot and its request's arrival at the service), so no rolling minute
 * sees more than the budget however many instances check. A 429 seen by any instance pauses them all. The license is
 * named by the SHA-256 of its key, never the key. When the database cannot be reached, the instance paces its own
 * checks as a budget of its own would.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class JdbcCheckBudget extends CheckBudget {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCheckBudget.class);
    static final String TABLE = "lalal_check_budget";
    private static final String MILLIS = "CAST(? AS DOUBLE PRECISION) * INTERVAL '1 millisecond'";

    private final DataSource dataSource;
    private final String license;
    private final double intervalMillis;
    private volatile boolean ready;

    /**
     * A budget of {@code perMinute} check requests a minute for the license {@code apiKey}, kept in this database.
     */
    public JdbcCheckBudget(DataSource dataSource, String apiKey, int perMinute) {
        super(perMinute);
        this.dataSource = dataSource;
        this.license = sha256(apiKey == null ? "" : apiKey);
        this.intervalMillis = 60_000.0 / perMinute * 1.05;
    }

    /** The SHA-256 of the key, in hex: how the table names a license. */
    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void ensureRow(Connection c) throws SQLException {
        if (ready) {
            return;
        }
        JdbcTransactions.inTransaction(c, tx -> {
            JdbcTransactions.lockTable(tx, TABLE);
            try (Statement s = tx.createStatement();
                 PreparedStatement row = tx.prepareStatement("INSERT INTO " + TABLE + " (license, next_free)"
                         + " VALUES (?, clock_timestamp()) ON CONFLICT (license) DO NOTHING")) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (license VARCHAR(64) PRIMARY KEY,"
                        + " next_free TIMESTAMP WITH TIME ZONE NOT NULL, paused_until TIMESTAMP WITH TIME ZONE)");
                row.setString(1, license);
                row.executeUpdate();
            }
        });
        ready = true;
    }

    /** Takes the license's next free slot, after any pause; returns how long to wait (nanoseconds) for it. */
    @Override
    long reserve() {
        String take = "UPDATE " + TABLE + " SET next_free = greatest(next_free, clock_timestamp(), paused_until) + "
                + MILLIS + " WHERE license = ? RETURNING CAST(extract(epoch FROM next_free) * 1000000 AS BIGINT),"
                + " CAST(extract(epoch FROM (next_free - clock_timestamp())) * 1000000 AS BIGINT)";
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c);
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(take)) {
                p.setDouble(1, intervalMillis);
                p.setString(2, license);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long interval = Math.round(intervalMillis * 1000);
                    // the slot's start on the budget's clock: the database's, in nanoseconds since the epoch
                    slotTaken(TimeUnit.MICROSECONDS.toNanos(rs.getLong(1) - interval));
                    return TimeUnit.MICROSECONDS.toNanos(rs.getLong(2) - interval);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not take a check slot in the LALAL.AI budget table {}; pacing this instance alone: {}",
                    TABLE, e.getMessage());
            return super.reserve();
        }
    }

    /** Pauses every instance's checks of this license until {@code wait} from now on the database's clock. */
    @Override
    void pause(Duration wait) {
        super.pause(wait);
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c);
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + TABLE + " SET paused_until"
                    + " = greatest(paused_until, clock_timestamp() + " + MILLIS + ") WHERE license = ?")) {
                p.setDouble(1, wait.toMillis());
                p.setString(2, license);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("Could not record the pause in the LALAL.AI budget table {}; only this instance pauses: {}",
                    TABLE, e.getMessage());
        }
    }

    @Override
    boolean pausedNow() {
        if (super.pausedNow()) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c);
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("SELECT paused_until > clock_timestamp() FROM " + TABLE
                    + " WHERE license = ?")) {
                p.setString(1, license);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "JdbcCheckBudget[" + perMinute() + " a minute, license " + license.substring(0, 8) + "...]";
    }
}
