package io.github.camellalal.component.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * The check scheduling of {@link JdbcTaskStore}: which tasks of the whole table are due, taking them for one check
 * request ({@code FOR UPDATE SKIP LOCKED}, so that two instances never take the same), and recording what the check
 * saw. Times are the database's.
 */
final class JdbcTaskChecks {

    private static final String MS = "CAST(extract(epoch FROM %s) * 1000 AS BIGINT)";
    private static final String AT = "to_timestamp(CAST(? AS DOUBLE PRECISION) / 1000)";
    /** Not taken by another check request now; the due time orders, it does not filter (requests are filled). */
    private static final String DUE = "(taken_until IS NULL OR taken_until < clock_timestamp())";

    private final DataSource dataSource;
    private final String table;
    private final long holdMillis;

    JdbcTaskChecks(DataSource dataSource, String table, long holdMillis) {
        this.dataSource = dataSource;
        this.table = table;
        this.holdMillis = holdMillis;
    }

    long nowMillis() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + MS.formatted("clock_timestamp()"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean hasDue() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE " + DUE + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    List<TaskCheck> takeDue(int limit) throws SQLException {
        String sql = "UPDATE " + table + " SET taken_until = clock_timestamp() + (CAST(? AS DOUBLE PRECISION)"
                + " * INTERVAL '1 millisecond') WHERE task_id IN (SELECT task_id FROM " + table + " WHERE " + DUE
                + " ORDER BY due_at, task_id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING task_id, "
                + MS.formatted("added_at") + ", source_seconds, " + MS.formatted("checked_at") + ", seen_state,"
                + " seen_progress, " + MS.formatted("first_progress_at") + ", first_progress, "
                + MS.formatted("due_at");
        List<TaskCheck> taken = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            p.setLong(1, holdMillis);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    taken.add(new TaskCheck(rs.getString(1), rs.getLong(2), integer(rs, 3), millis(rs, 4),
                            rs.getString(5), integer(rs, 6), millis(rs, 7), integer(rs, 8), rs.getLong(9)));
                }
            }
        }
        taken.sort(Comparator.comparingLong(TaskCheck::dueMillis).thenComparing(TaskCheck::taskId));
        return taken;
    }

    void observed(Collection<Observation> observations) throws SQLException {
        if (observations.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET source_seconds = ?, checked_at = " + AT + ", seen_state = ?,"
                + " seen_progress = ?, first_progress_at = " + AT + ", first_progress = ?,"
                + " seen_status = coalesce(?, seen_status), due_at = " + AT + ", taken_until = NULL WHERE task_id = ?";
        JdbcTransactions.batch(dataSource, sql, observations, (p, o) -> {
            TaskCheck t = o.check();
            setInteger(p, 1, t.sourceSeconds());
            setMillis(p, 2, t.lastCheckedMillis());
            p.setString(3, t.lastState());
            setInteger(p, 4, t.lastProgress());
            setMillis(p, 5, t.firstProgressMillis());
            setInteger(p, 6, t.firstProgress());
            p.setString(7, StatusJson.write(o.status()));
            p.setLong(8, t.dueMillis());
            p.setString(9, t.taskId());
        });
    }

    void untake(Collection<String> taskIds) throws SQLException {
        if (taskIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "UPDATE " + table + " SET taken_until = NULL WHERE task_id = ANY (?)")) {
            c.setAutoCommit(true);
            p.setArray(1, c.createArrayOf("varchar", taskIds.toArray()));
            p.executeUpdate();
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? -1 : value;
    }

    private static void setInteger(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    private static void setMillis(PreparedStatement p, int index, long value) throws SQLException {
        if (value < 0) {
            p.setNull(index, Types.DOUBLE);
        } else {
            p.setLong(index, value);
        }
    }
}
