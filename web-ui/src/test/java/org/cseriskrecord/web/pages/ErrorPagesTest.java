package org.cseriskrecord.web.pages;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's own error pages (what MockMvc cannot show): a real server renders the GOV.UK error templates for
 * statuses no controller handled, with the same headers as every page and no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"cse.oidc.issuer=http://127.0.0.1:9", "cse.oidc.client-secret=test-secret"})
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A request as a browser sends it: asking for HTML (without it Boot answers errors in JSON). */
    private static HttpRequest.Builder page(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html");
    }

    @Test
    void a_body_too_large_gets_the_too_long_page() throws Exception {
        var response = http.send(page(URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=" + "a".repeat(300 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("What you sent is too long");
        assertThat(page.title()).isEqualTo("What you sent is too long – CSE Risk Record");
    }

    @Test
    void the_start_page_is_served_with_its_govuk_assets_even_while_the_identity_provider_is_away() throws Exception {
        var start = http.send(page(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(start.body());
        for (var asset : page.select("link[rel=stylesheet], script[src]")) {
            String path = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
            var answer = http.send(page(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
        }
        var font = http.send(page(URI.create("http://localhost:" + port
                + "/assets/rebrand/images/favicon.svg")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(font.statusCode()).isEqualTo(200);
        var signIn = http.send(page(URI.create("http://localhost:" + port
                + "/oauth2/authorization/cse")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(signIn.body()).select("h1").text()).isEqualTo("Sorry, the service is unavailable");
    }
}
