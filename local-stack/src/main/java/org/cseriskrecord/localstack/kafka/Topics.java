package org.cseriskrecord.localstack.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.cseriskrecord.localstack.StackException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Kafka administration the launcher needs: is a broker there, and the event topic with infinite retention. */
public final class Topics {

    private Topics() {
    }

    static Admin admin(String bootstrap, Duration timeout) {
        int ms = (int) timeout.toMillis();
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                AdminClientConfig.CLIENT_ID_CONFIG, "cse-local-stack"));
    }

    /** True if a broker at {@code bootstrap} answers a metadata request within {@code timeout}. */
    public static boolean answers(String bootstrap, Duration timeout) {
        try (Admin admin = admin(bootstrap, timeout)) {
            return !admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Creates {@code topic} with {@code retention.ms=-1} (every event is kept: the topic is the projections' replay
     * source) if it does not exist. Returns a note when the topic exists with a retention that would drop events.
     */
    public static Optional<String> ensure(String bootstrap, String topic, int partitions) throws StackException {
        try (Admin admin = admin(bootstrap, Duration.ofSeconds(30))) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (!names.contains(topic)) {
                NewTopic t = new NewTopic(topic, Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
                try {
                    admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                    return Optional.empty();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r);
            String retention = config.get(TopicConfig.RETENTION_MS_CONFIG).value();
            if (!"-1".equals(retention)) {
                return Optional.of("topic " + topic + " exists with retention.ms=" + retention
                        + ", so old events will be deleted and projections cannot be rebuilt from it; set"
                        + " retention.ms=-1 on it");
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while creating topic " + topic + ".");
        } catch (Exception e) {
            Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new StackException("Could not create Kafka topic " + topic + " on " + bootstrap + " ("
                    + c.getMessage() + ").", c);
        }
    }

    /** Partition count and retention.ms of a topic, for tests and the status command. */
    public static Map<String, String> describe(String bootstrap, String topic) throws Exception {
        try (Admin admin = admin(bootstrap, Duration.ofSeconds(30))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            String retention = admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value();
            return Map.of("partitions", String.valueOf(partitions), TopicConfig.RETENTION_MS_CONFIG, retention);
        }
    }
}
