package org.cseriskrecord.support.access;

import java.util.Arrays;
import java.util.Optional;

/** The services whose endpoints the access matrix covers, by their {@code spring.application.name}. */
public enum ApiService {
    COMMAND("command-service"),
    QUERY("query-service");

    private final String applicationName;

    ApiService(String applicationName) {
        this.applicationName = applicationName;
    }

    public String applicationName() {
        return applicationName;
    }

    public static Optional<ApiService> byApplicationName(String name) {
        return Arrays.stream(values()).filter(s -> s.applicationName.equals(name)).findFirst();
    }
}
