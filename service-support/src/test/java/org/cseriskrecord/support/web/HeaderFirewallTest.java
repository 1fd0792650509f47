package org.cseriskrecord.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The services' security filter chain with the cheaper header check: a normal (long) bearer header signs the request
 * in; a control character in it is still refused as a 400 problem, before any sign-in is attempted.
 */
@SpringBootTest(classes = HeaderFirewallTest.Service.class, properties = "spring.main.banner-mode=off")
@AutoConfigureMockMvc
class HeaderFirewallTest {

    /** Shaped like the identity provider's tokens: ~1 KB of base64url in three parts. */
    private static final String TOKEN = "eyJraWQiOiJsb2NhbCIsImFsZyI6IlJTMjU2In0." + "eyJzdWIiOiJwcmFjdGl0aW9uZXIi"
            .repeat(20) + "." + "c2lnbmF0dXJlX29mX3RoZV90b2tlbg-_".repeat(11);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class Service {
        @GetMapping("/api/ping")
        String ping() {
            return "signed in";
        }

        /** Accepts exactly {@link #TOKEN}: this test is about the firewall, not about signatures. */
        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!TOKEN.equals(token)) {
                    throw new BadJwtException("unknown token");
                }
                return Jwt.withTokenValue(token).header("alg", "RS256").claim("preferred_username", "practitioner")
                        .claim("roles", List.of("PRACTITIONER")).claim("agency", "Police")
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_normal_bearer_header_passes_the_firewall_and_signs_the_request_in() throws Exception {
        mvc.perform(get("/api/ping").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().string("signed in"));
    }

    @Test
    void a_bearer_header_with_a_control_character_is_refused_as_a_problem() throws Exception {
        for (String control : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085")) {
            String header = "Bearer " + TOKEN.substring(0, 40) + control + TOKEN.substring(40);
            mvc.perform(get("/api/ping").header("Authorization", header))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").isString());
        }
    }

    @Test
    void a_control_character_in_another_header_that_is_read_is_refused_too() throws Exception {
        mvc.perform(get("/api/ping").header("Authorization", "Bearer " + TOKEN).header("Accept", "text/plain\u0007"))
                .andExpect(status().isBadRequest());
    }
}
