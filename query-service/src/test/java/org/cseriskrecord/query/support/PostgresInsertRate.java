package org.cseriskrecord.query.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's own rate of single-row committed inserts on this machine, right now: the yardstick our measured rates
 * are divided by, because the machine (and its load) changes from run to run.
 */
public final class PostgresInsertRate {

    private PostgresInsertRate() {
    }

    /** Commits {@code rows} single-row inserts (auto-commit: one transaction each); rows per second. */
    public static double measure(JdbcClient jdbc, int rows) {
        jdbc.sql("create table if not exists insert_rate_probe (id bigserial primary key, payload text not null)")
                .update();
        long start = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            jdbc.sql("insert into insert_rate_probe (payload) values (:payload)").param("payload", "probe " + i)
                    .update();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("drop table insert_rate_probe").update();
        return rows / seconds;
    }
}
