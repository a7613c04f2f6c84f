package io.github.camellalal.component.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A database of its own on the embedded PostgreSQL server for one test class, with the JDBC store on it. */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private HikariDataSource dataSource;

    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = EmbeddedPostgresSupport.newPooledDatabase();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dataSource.close();
    }

    /** The pooled data source of this class's database. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** A started JDBC store on {@code table} with claims of {@code lease}. */
    public JdbcTaskStore store(String table, Duration lease) {
        JdbcTaskStore store = new JdbcTaskStore(dataSource, lease);
        store.setTable(table);
        ServiceHelper.startService(store);
        return store;
    }

    /** The single number {@code sql} selects. */
    public long queryLong(String sql) {
        return EmbeddedPostgresSupport.queryLong(dataSource, sql);
    }
}
