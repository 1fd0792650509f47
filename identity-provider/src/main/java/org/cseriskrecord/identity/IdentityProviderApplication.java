package org.cseriskrecord.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The local stack's OpenID Connect provider: Spring Authorization Server on port 9000 with the demo users, so the
 * services and the web UI sign people in exactly as they would through a council's own identity provider. It is not
 * for production: it refuses to start outside the {@code local} profile (see {@link DemoAccounts}).
 */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
