package io.github.camellalal.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for a benchmark run (binaries from Maven Central, no Docker), on loopback, stopped by
 * {@link #close()}; each store run gets a database of its own behind a HikariCP pool.
 */
final class BenchPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;
    private int databases;

    BenchPostgres() throws IOException {
        server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    /** A pooled data source of a new, empty database (the caller closes it). */
    HikariDataSource newDatabase() {
        String name = "lalal_bench_" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name);
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setPoolName("lalal-bench");
        return new HikariDataSource(config);
    }

    /** Runs one statement and returns its single long result. */
    static long queryLong(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
