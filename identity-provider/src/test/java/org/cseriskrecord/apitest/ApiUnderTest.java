package org.cseriskrecord.apitest;

import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service with service-support's sign-in, as command-service and query-service have it, and two endpoints that show
 * what the services see of the caller. Outside the identity provider's package, so neither scans the other.
 */
@SpringBootApplication
@RestController
public class ApiUnderTest {

    @GetMapping("/api/me")
    Map<String, Object> me() {
        SignedInUser user = SignedInUser.require();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user.userId());
        body.put("role", user.role().name());
        body.put("agency", user.agency());
        return body;
    }

    @GetMapping("/api/authorisations")
    @PreAuthorize("hasRole('MANAGER')")
    Map<String, String> managersOnly() {
        return Map.of("ok", "yes");
    }
}
