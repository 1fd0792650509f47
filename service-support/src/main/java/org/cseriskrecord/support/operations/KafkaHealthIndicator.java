package org.cseriskrecord.support.operations;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the Kafka cluster answers ({@code kafka} in the health endpoint). A broker that is away is
 * {@link Degraded}, not DOWN: both services keep answering without it (commands are stored and published later,
 * reads show what was applied), so readiness must not take them out of service.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, Object> adminProperties;
    private Admin admin;

    public KafkaHealthIndicator(Map<String, Object> adminProperties) {
        super("Kafka health check failed");
        this.adminProperties = Map.copyOf(adminProperties);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try {
            var cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            int brokers = cluster.nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            builder.up().withDetail("brokers", brokers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.status(Degraded.STATUS).withDetail("reason", "Interrupted while asking Kafka");
        } catch (ExecutionException | TimeoutException e) {
            builder.status(Degraded.STATUS).withDetail("reason", "No Kafka broker answered within "
                    + TIMEOUT.toSeconds() + " s; events wait (in the event store, or on the topic) until it returns");
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminProperties);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
