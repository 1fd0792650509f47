package org.cseriskrecord.web.signin;

import org.cseriskrecord.web.support.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journey 1: signing in and out, who the header says is signed in, and the hardening every page carries. */
class SignInPagesTest extends PageTest {

    @Test
    void the_start_page_offers_sign_in_and_a_deep_link_leads_there_first() throws Exception {
        var start = html(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
        assertThat(start.select("#sign-in").attr("href")).isEqualTo("/oauth2/authorization/cse");
        assertThat(start.select("#signed-in-user")).isEmpty();

        mvc.perform(get("/cases")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/"));
    }

    @Test
    void signing_in_uses_the_authorization_code_flow_with_pkce_at_the_discovered_provider() throws Exception {
        var location = mvc.perform(get("/oauth2/authorization/cse")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        var uri = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(services.url() + "/oauth2/authorize?");
        assertThat(uri.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(uri.getQueryParams().getFirst("client_id")).isEqualTo("web-ui");
        assertThat(uri.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(uri.getQueryParams().getFirst("code_challenge")).hasSizeGreaterThan(40);
        assertThat(uri.getQueryParams().getFirst("scope")).contains("openid").contains("profile");
        assertThat(java.net.URLDecoder.decode(uri.getQueryParams().getFirst("redirect_uri"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("http://localhost/login/oauth2/code/cse");
    }

    @Test
    void a_signed_in_user_goes_straight_to_the_cases_and_the_header_says_who_they_are() throws Exception {
        mvc.perform(get("/").with(manager())).andExpect(redirectedUrl("/cases"));
        services.on("GET", "/api/cases", org.cseriskrecord.web.support.FakeServices.Answer.json(200, "[]"));
        var page = html(mvc.perform(get("/cases").with(manager())).andExpect(status().isOk()).andReturn());
        var who = page.select("#signed-in-user").text();
        assertThat(who).contains("Morgan Manager").contains("Manager").contains("Police");
        assertThat(page.select("form[action=/logout] button").text()).isEqualTo("Sign out");
        assertThat(page.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() throws Exception {
        mvc.perform(post("/logout").with(practitioner())).andExpect(status().isForbidden());
        var location = mvc.perform(post("/logout").with(practitioner()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(services.url() + "/connect/logout?").contains("id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost/");
    }

    @Test
    void board_members_may_not_open_the_case_pages() throws Exception {
        // The 403 page itself is the container's error page (ErrorPagesTest renders it over a real server).
        mvc.perform(get("/cases").with(as("board", "Bea Board", "BOARD", null))).andExpect(status().isForbidden());
        assertThat(services.requests("GET", "/api/cases")).isEmpty();
    }

    @Test
    void auditors_may_open_the_case_pages_and_the_navigation_offers_them() throws Exception {
        // The case roles come from Role.CASE_ROLES, not a list here: an auditor reads every case (AccessMatrix).
        services.on("GET", "/api/cases", org.cseriskrecord.web.support.FakeServices.Answer.json(200, "[]"));
        var page = html(mvc.perform(get("/cases").with(as("auditor", "Ari Auditor", "AUDITOR", null)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("a[href=/cases]")).isNotEmpty();
    }

    @Test
    void every_page_forbids_inline_scripts_and_framing_and_sends_hsts_over_tls_only() throws Exception {
        var plain = mvc.perform(get("/")).andReturn().getResponse();
        var csp = plain.getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'")
                .contains("style-src 'self';").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(plain.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        var start = html(mvc.perform(get("/")).andReturn());
        assertThat(start.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(start.select("[style]")).as("inline styles").isEmpty();
    }

    @Test
    void a_request_larger_than_any_form_needs_is_refused_before_anything_reads_it() throws Exception {
        mvc.perform(post("/cases/x/assessments/y/discard").with(practitioner()).with(csrf())
                        .contentType("application/x-www-form-urlencoded")
                        .content("reason=" + "a".repeat(300 * 1024)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(services.requests()).noneMatch(r -> r.path().contains("/discard"));
    }
}
