package org.cseriskrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.localstack.demo.ApiClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds every projection from the topic through query-service's admin command
 * ({@code POST /api/admin/projections/{name}/rebuild}, as {@code admin}) and reports what each took as the service
 * measured it: records read from Kafka and events applied per second.
 */
final class Rebuild {

    /** One projection's rebuild as query-service reported it. */
    record Result(String projection, long recordsRead, long eventsApplied, long tookMillis) {
        double eventsPerSecond() {
            return eventsApplied / Math.max(tookMillis / 1000.0, 1e-3);
        }

        double recordsPerSecond() {
            return recordsRead / Math.max(tookMillis / 1000.0, 1e-3);
        }
    }

    private final ApiClient query;

    Rebuild(ApiClient query) {
        this.query = query;
    }

    List<Result> rebuildAll() throws IOException, InterruptedException {
        ApiClient.Response listed = query.get("admin", "/api/admin/projections");
        if (!listed.ok() || listed.body() == null || !listed.body().isArray()) {
            throw new IOException("query-service did not list its projections: " + listed.status() + " "
                    + listed.problem());
        }
        List<Result> results = new ArrayList<>();
        for (JsonNode projection : listed.body()) {
            String name = projection.path("name").asText();
            ApiClient.Response r = query.send("admin", "POST", "/api/admin/projections/" + name + "/rebuild", null);
            if (!r.ok() || r.body() == null) {
                throw new IOException("Rebuilding " + name + " failed: " + r.status() + " " + r.problem());
            }
            results.add(new Result(name, r.body().path("recordsRead").asLong(), r.body().path("eventsApplied").asLong(),
                    r.body().path("tookMillis").asLong()));
        }
        return results;
    }
}
