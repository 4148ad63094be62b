package io.newsflow.cli.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;

/** Rows in the PostgreSQL sink's articles table so far, on one connection kept open: polled often, cheaply. */
final class ArticleRows implements LongSupplier, AutoCloseable {

    private final String jdbcUrl;
    private Connection connection;

    /** @param jdbcUrl null for a run without PostgreSQL */
    ArticleRows(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** @return the row count; 0 until the sink's first start has created the table */
    @Override
    public long getAsLong() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(jdbcUrl);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM articles")) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
