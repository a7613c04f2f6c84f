package io.github.camellalal.component.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the table of {@link JdbcTaskStore} (the DDL of {@code lalal-tasks-postgresql.sql} beside this class) and
 * migrates one of an earlier release in place, in one transaction under an advisory lock, so that instances starting
 * at once do it once.
 */
final class JdbcTaskSchema {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTaskSchema.class);
    private static final String SCHEMA_RESOURCE = "lalal-tasks-postgresql.sql";

    private JdbcTaskSchema() {
    }

    static void create(DataSource dataSource, String table) throws SQLException, IOException {
        String index = table.substring(table.indexOf('.') + 1) + "_owner";
        String ddl = schemaSql().replace("${table}", table).replace("${index}", index);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            JdbcTransactions.inTransaction(c, tx -> {
                // one instance at a time: several starting at once would race on CREATE TABLE and on the migration
                JdbcTransactions.lockTable(tx, table);
                renameFileIdColumn(tx, table);
                for (String statement : ddl.split(";")) {
                    String sql = statement.lines().filter(l -> !l.trim().startsWith("--"))
                            .reduce("", (a, b) -> a + "\n" + b).trim();
                    if (!sql.isEmpty()) {
                        s.execute(sql);
                    }
                }
            });
        }
    }

    /** Migrates, in place, a table of an earlier release, whose task ids were in column {@code file_id}. */
    private static void renameFileIdColumn(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?)"
                + " AND attname = 'file_id' AND NOT attisdropped")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " RENAME COLUMN file_id TO task_id");
        }
        LOG.info("Renamed column file_id of the LALAL.AI task table {} to task_id", table);
    }

    private static String schemaSql() throws IOException {
        try (InputStream in = JdbcTaskSchema.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
