package org.cseriskrecord.localstack.services;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The services the local stack starts, in start order (they are stopped in reverse). Adding a service is one line here;
 * {@code ./run} builds it with the others (its module must produce a Spring Boot {@code -exec.jar} that serves
 * {@code /actuator/health}).
 */
public final class Services {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("identity-provider", 9000, null), // first: the others trust its tokens
            new ServiceSpec("command-service", 8081, "cse_command"),
            new ServiceSpec("query-service", 8082, "cse_query"),
            new ServiceSpec("web-ui", 8080, null)
    );

    /**
     * Services that exist only in the local stack: docker-compose replaces them (Keycloak instead of the
     * identity-provider module).
     */
    public static final Set<String> LOCAL_ONLY = Set.of("identity-provider");

    private Services() {
    }

    /** The services docker-compose builds from their modules. */
    public static List<ServiceSpec> containerised() {
        return ALL.stream().filter(s -> !LOCAL_ONLY.contains(s.name())).toList();
    }

    public static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(ServiceSpec::name).toList());
    }
}
