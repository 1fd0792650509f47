package org.cseriskrecord.support.operations;

import org.springframework.boot.actuate.health.Status;

/**
 * The health status of a service that answers but has something behind it away: Kafka unreachable, events not
 * published yet, an event set aside as a dead letter. Ordered between DOWN and UP in each service's
 * {@code management.endpoint.health.status.order}, and answered with HTTP 200: a load balancer keeps sending
 * requests (commands still succeed, reads still answer), an operator sees the status and its details.
 */
public final class Degraded {

    public static final Status STATUS = new Status("DEGRADED",
            "The service answers, but a part behind it needs attention; see the component's details");

    private Degraded() {
    }
}
