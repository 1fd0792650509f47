package org.cseriskrecord.localstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server the stack uses, and why it was chosen.
 *
 * @param kind     which of the three choices it is
 * @param reason   one sentence saying why, printed at start
 * @param embedded the running embedded server to close at shutdown, or {@code null} for a server the stack does not own
 */
public record PostgresServer(Kind kind, String host, int port, String user, String password, String reason,
                             AutoCloseable embedded) {

    public enum Kind {
        GIVEN("the PostgreSQL given by CSE_DB_HOST/CSE_DB_PORT"),
        LOCAL("the local PostgreSQL on localhost"),
        EMBEDDED("an embedded PostgreSQL started by the launcher");

        public final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return connect(host, port, user, password, database);
    }

    static Connection connect(String host, int port, String user, String password, String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "30");
        p.setProperty("ApplicationName", "cse-local-stack");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
    }
}
