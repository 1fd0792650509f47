package org.cseriskrecord.localstack.postgres;

import org.cseriskrecord.localstack.StackException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Creates the services' databases when they are missing; running it again changes nothing. */
public final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Databases() {
    }

    /** Returns the databases it had to create (empty when all existed). */
    public static List<String> ensure(PostgresServer server, List<String> names) throws StackException {
        List<String> created = new ArrayList<>();
        try (Connection c = maintenanceConnection(server)) {
            for (String name : names) {
                if (!NAME.matcher(name).matches()) {
                    throw new StackException("Database name \"" + name + "\" is not a plain lower-case identifier.");
                }
                if (exists(c, name)) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                    created.add(name);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else created it meanwhile
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StackException("Could not create the databases " + names + " on PostgreSQL at " + server.host()
                    + ":" + server.port() + " as user " + server.user() + " (" + e.getMessage()
                    + "); the user needs the CREATEDB privilege, or create them yourself.", e);
        }
        return created;
    }

    public static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Connection maintenanceConnection(PostgresServer server) throws SQLException {
        try {
            return server.connect("postgres");
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState())) { // no database "postgres": fall back to template1
                return server.connect("template1");
            }
            throw e;
        }
    }
}
