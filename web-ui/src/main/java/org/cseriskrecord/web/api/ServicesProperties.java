package org.cseriskrecord.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the services are and how long a page waits for the read side to show the user's own change.
 *
 * @param commandUrl        command-service's base URL ({@code CSE_COMMAND_SERVICE_URL})
 * @param queryUrl          query-service's base URL ({@code CSE_QUERY_SERVICE_URL})
 * @param readYourWritesWait how long, at most, a page waits after a change for query-service to have applied it
 * @param timeout           connect and read timeout of one call
 */
@ConfigurationProperties("cse.services")
public record ServicesProperties(@DefaultValue("http://localhost:8081") String commandUrl,
                                 @DefaultValue("http://localhost:8082") String queryUrl,
                                 @DefaultValue("3s") Duration readYourWritesWait,
                                 @DefaultValue("10s") Duration timeout) {
}
