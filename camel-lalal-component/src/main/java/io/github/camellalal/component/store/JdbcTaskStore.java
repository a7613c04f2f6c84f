package io.github.camellalal.component.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Keeps tracked tasks in a PostgreSQL table that any number of Camel instances share: one row per file tracked now
 * (deleted when its terminal state was delivered), with the last delivered state, the instance that holds the task
 * and until when. An instance claims free tasks and tasks whose lease expired with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so instances hold disjoint sets of tasks, and the tasks of an
 * instance that died are taken over once its lease ran out. The rows also hold what the last check saw and when each
 * task is next due, so that the instance whose check request comes next checks the most-due tasks of every instance
 * in one request, and each holder delivers its own tasks' events. Adding, updating or ending a task is one statement
 * on one row; the writes that record a delivery for an owner change nothing once another instance holds the task.
 * <p>
 * The table is created (or migrated) on start (see {@code lalal-tasks-postgresql.sql} beside this class) unless
 * {@link #setCreateSchema(boolean)} is off. It needs only {@code java.sql}: any pooled {@link DataSource} works.
 */
public class JdbcTaskStore extends ServiceSupport implements TaskStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** A time so many milliseconds (the parameter) from now on the database's clock: a lease's end, a first check. */
    private static final String LEASE = "clock_timestamp() + (CAST(? AS DOUBLE PRECISION) * INTERVAL '1 millisecond')";

    private final DataSource dataSource;
    private final long leaseMillis;
    private String table = "lalal_task";
    private boolean createSchema = true;

    /**
     * A store on this data source.
     *
     * @param dataSource a (pooled) data source of a PostgreSQL database
     * @param lease      how long a claim holds without renewal: an instance that died loses its tasks after it
     */
    public JdbcTaskStore(DataSource dataSource, Duration lease) {
        if (lease.toMillis() < 100) {
            throw new IllegalArgumentException("The lease must be at least 100 ms, was " + lease);
        }
        this.dataSource = dataSource;
        this.leaseMillis = lease.toMillis();
    }

    /** The database of the table. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The table's name, optionally schema-qualified; default {@code lalal_task}. */
    public void setTable(String table) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain SQL table name: " + table);
        }
        this.table = table;
    }

    public String getTable() {
        return table;
    }

    /** Whether to create the table on start when it does not exist (default true). */
    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    @Override
    protected void doStart() throws Exception {
        if (createSchema) {
            JdbcTaskSchema.create(dataSource, table);
        }
    }

    @Override
    public void add(Collection<String> taskIds, String owner) {
        add(taskIds, owner, Map.of());
    }

    @Override
    public void add(Collection<String> taskIds, String owner, Map<String, Long> firstChecks) {
        if (taskIds.isEmpty()) {
            return;
        }
        String sql = owner == null
                ? "INSERT INTO " + table + " (task_id, due_at) VALUES (?, " + LEASE + ")"
                  + " ON CONFLICT (task_id) DO NOTHING"
                : "INSERT INTO " + table + " (task_id, due_at, owner, lease_until) VALUES (?, " + LEASE + ", ?, "
                  + LEASE + ") ON CONFLICT (task_id) DO NOTHING";
        try {
            JdbcTransactions.batch(dataSource, sql, taskIds, (p, id) -> {
                p.setString(1, id);
                p.setLong(2, Math.max(0, firstChecks.getOrDefault(id, 0L)));
                if (owner != null) {
                    p.setString(3, owner);
                    p.setLong(4, leaseMillis);
                }
            });
        } catch (SQLException e) {
            throw failure("add " + taskIds.size() + " task(s) to", e);
        }
    }

    @Override
    public List<TrackedTask> claim(String owner) {
        // Take free tasks and expired leases, and renew own leases past their half; skip rows another instance is
        // claiming right now instead of waiting for it.
        String take = "UPDATE " + table + " SET owner = ?, lease_until = " + LEASE + " WHERE task_id IN ("
                + "SELECT task_id FROM " + table + " WHERE owner IS NULL OR lease_until IS NULL"
                + " OR lease_until < clock_timestamp()"
                + " OR (owner = ? AND lease_until < clock_timestamp() + (CAST(? AS DOUBLE PRECISION)"
                + " * INTERVAL '1 millisecond')) FOR UPDATE SKIP LOCKED)";
        String held = "SELECT task_id, state, progress, seen_status FROM " + table
                + " WHERE owner = ? AND lease_until > clock_timestamp() ORDER BY added_at, task_id";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(take)) {
                p.setString(1, owner);
                p.setLong(2, leaseMillis);
                p.setString(3, owner);
                p.setLong(4, leaseMillis / 2);
                p.executeUpdate();
            }
            List<TrackedTask> tasks = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(held)) {
                p.setString(1, owner);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int progress = rs.getInt(3);
                        Integer boxed = rs.wasNull() ? null : progress;
                        tasks.add(new TrackedTask(rs.getString(1), new DeliveredState(rs.getString(2), boxed),
                                StatusJson.read(rs.getString(4))));
                    }
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw failure("claim tasks in", e);
        }
    }

    /** Half the lease: a claim renewed at least that often never lapses while its instance lives. */
    @Override
    public long claimValidityMillis() {
        return leaseMillis / 2;
    }

    @Override
    public void delivered(String taskId, DeliveredState state) {
        update("UPDATE " + table + " SET state = ?, progress = ? WHERE task_id = ?", p -> bindState(p, taskId, state));
    }

    private static void bindState(PreparedStatement p, String taskId, DeliveredState state) throws SQLException {
        p.setString(1, state.state());
        if (state.progress() == null) {
            p.setNull(2, Types.INTEGER);
        } else {
            p.setInt(2, state.progress());
        }
        p.setString(3, taskId);
    }

    @Override
    public void remove(String taskId) {
        update("DELETE FROM " + table + " WHERE task_id = ?", p -> p.setString(1, taskId));
    }

    private static final String HELD = " AND owner = ? AND lease_until > clock_timestamp()";

    /** Fenced: changes nothing unless {@code owner} holds the task's claim now. */
    @Override
    public boolean delivered(String taskId, DeliveredState state, String owner) {
        return update("UPDATE " + table + " SET state = ?, progress = ? WHERE task_id = ?" + HELD, p -> {
            bindState(p, taskId, state);
            p.setString(4, owner);
        }) > 0;
    }

    /** Fenced: removes nothing unless {@code owner} holds the task's claim now. */
    @Override
    public boolean remove(String taskId, String owner) {
        return update("DELETE FROM " + table + " WHERE task_id = ?" + HELD, p -> {
            p.setString(1, taskId);
            p.setString(2, owner);
        }) > 0;
    }

    @Override
    public Set<String> deliveredAll(Map<String, DeliveredState> states, String owner) {
        Set<String> lost = new LinkedHashSet<>();
        for (Map.Entry<String, DeliveredState> e : states.entrySet()) {
            if (!delivered(e.getKey(), e.getValue(), owner)) {
                lost.add(e.getKey());
            }
        }
        return lost;
    }

    /** One statement for all of them, fenced. */
    @Override
    public Set<String> removeAll(Collection<String> taskIds, String owner) {
        Set<String> lost = new LinkedHashSet<>(taskIds);
        if (taskIds.isEmpty()) {
            return lost;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "DELETE FROM " + table + " WHERE task_id = ANY (?)" + HELD + " RETURNING task_id")) {
            c.setAutoCommit(true);
            p.setArray(1, c.createArrayOf("varchar", taskIds.toArray()));
            p.setString(2, owner);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lost.remove(rs.getString(1));
                }
            }
            return lost;
        } catch (SQLException e) {
            throw failure("remove tasks from", e);
        }
    }

    /** Extends the lease of every task the owner holds, expired or not, as long as no other instance took it. */
    @Override
    public void renew(String owner) {
        update("UPDATE " + table + " SET lease_until = " + LEASE + " WHERE owner = ?", p -> {
            p.setLong(1, leaseMillis);
            p.setString(2, owner);
        });
    }

    @Override
    public long nowMillis() {
        try {
            return checks().nowMillis();
        } catch (SQLException e) {
            throw failure("read the clock of", e);
        }
    }

    @Override
    public boolean hasDue() {
        try {
            return checks().hasDue();
        } catch (SQLException e) {
            throw failure("find due tasks in", e);
        }
    }

    @Override
    public List<TaskCheck> takeDue(int limit) {
        try {
            return checks().takeDue(limit);
        } catch (SQLException e) {
            throw failure("take due tasks from", e);
        }
    }

    @Override
    public void observed(Collection<Observation> observations) {
        try {
            checks().observed(observations);
        } catch (SQLException e) {
            throw failure("record checks in", e);
        }
    }

    @Override
    public void untake(Collection<String> taskIds) {
        try {
            checks().untake(taskIds);
        } catch (SQLException e) {
            throw failure("hand back tasks to", e);
        }
    }

    private JdbcTaskChecks checks() {
        return new JdbcTaskChecks(dataSource, table, leaseMillis);
    }

    /** One statement for every state, sent in one round trip, in one transaction. */
    @Override
    public void deliveredAll(Map<String, DeliveredState> states) {
        if (states.isEmpty()) {
            return;
        }
        try {
            JdbcTransactions.batch(dataSource, "UPDATE " + table + " SET state = ?, progress = ? WHERE task_id = ?",
                    states.entrySet(), (p, e) -> bindState(p, e.getKey(), e.getValue()));
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    /** One statement for all of them. */
    @Override
    public void removeAll(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE task_id = ANY (?)")) {
            c.setAutoCommit(true);
            p.setArray(1, c.createArrayOf("varchar", taskIds.toArray()));
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure("remove tasks from", e);
        }
    }

    @Override
    public void release(String owner) {
        update("UPDATE " + table + " SET owner = NULL, lease_until = NULL WHERE owner = ?", p -> p.setString(1, owner));
    }

    @Override
    public int size() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure("count tasks in", e);
        }
    }

    @Override
    public boolean isShared() {
        return true;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            binder.bind(p);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    private RuntimeCamelException failure(String what, SQLException e) {
        return new RuntimeCamelException("Could not " + what + " the LALAL.AI task table " + table + ": "
                + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "JdbcTaskStore[" + table + ", lease " + leaseMillis + " ms]";
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }
}
