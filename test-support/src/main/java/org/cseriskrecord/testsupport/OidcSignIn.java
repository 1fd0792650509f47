package org.cseriskrecord.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in at a real OpenID Connect provider the way a browser does — authorization code with PKCE, through
 * the provider's own sign-in form — and returns the tokens. Tests use it to call the services as a user would;
 * {@code ./run token USER} uses it to print a token for scripts. Only the JDK and Jackson: no browser, no Spring.
 *
 * <pre>{@code
 * String token = OidcSignIn.cli("http://localhost:9000").accessToken("manager");   // demo password = user name
 * }</pre>
 *
 * The provider must show a form with {@code username}, {@code password} and (if present) {@code _csrf} fields at the
 * URL it redirects an unauthenticated browser to, as the local identity provider and Keycloak-style forms do.
 */
public final class OidcSignIn {

    /** The local stack's public scripting client and its (never opened) redirect URI. */
    public static final String CLI_CLIENT_ID = "cse-cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1/cse-cli/signed-in";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    private OidcSignIn(String issuer, String clientId, String clientSecret, String redirectUri) {
        this.issuer = issuer.replaceAll("/+$", "");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    /** The public {@code cse-cli} client of the local identity provider. */
    public static OidcSignIn cli(String issuer) {
        return new OidcSignIn(issuer, CLI_CLIENT_ID, null, CLI_REDIRECT_URI);
    }

    /** Any client; {@code clientSecret} null for a public client. */
    public static OidcSignIn client(String issuer, String clientId, String clientSecret, String redirectUri) {
        return new OidcSignIn(issuer, clientId, clientSecret, redirectUri);
    }

    /** What the token endpoint gave. */
    public record Tokens(String accessToken, String idToken, String refreshToken, long expiresIn) {
    }

    /** The provider did not sign the user in; {@code location} is where it sent the browser (e.g. its error page). */
    public static final class SignInRefused extends RuntimeException {
        private final String location;

        SignInRefused(String message, String location) {
            super(message + " (sent to " + location + ")");
            this.location = location;
        }

        public String location() {
            return location;
        }
    }

    /** An access token for a demo user of the local stack, whose password is the user name. */
    public String accessToken(String demoUser) {
        return signIn(demoUser, demoUser).accessToken();
    }

    public Tokens signIn(String username, String password) {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = random();
        String state = random();
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "scope", "openid profile",
                "redirect_uri", redirectUri, "state", state, "nonce", random(),
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        try {
            // 1. The authorization request: the provider saves it in a session and sends the browser to sign in.
            var response = get(http, URI.create(authorize));
            URI login = redirect(response, "the authorization request");
            // 2. The sign-in form, with its CSRF token.
            var page = get(http, login);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("The sign-in page " + login + " answered " + page.statusCode());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", username);
            fields.put("password", password);
            var csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                fields.put("_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
            }
            var action = FORM_ACTION.matcher(page.body());
            URI target = action.find() ? login.resolve(action.group(1).replace("&amp;", "&")) : login;
            // 3. The credentials: success goes back to the authorization request, failure to the sign-in page.
            var posted = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI next = redirect(posted, "the sign-in form");
            // 4. Back at the authorization endpoint (maybe via more redirects), until the client's redirect URI.
            for (int hops = 0; !next.toString().startsWith(redirectUri); hops++) {
                if (hops > 5 || next.getPath().equals(login.getPath())) {
                    throw new SignInRefused("The provider did not sign " + username + " in", next.toString());
                }
                next = redirect(get(http, next), "the authorization request after signing in");
            }
            Map<String, String> callback = query(next);
            if (!state.equals(callback.get("state")) || callback.get("code") == null) {
                throw new SignInRefused("The provider answered without a code for this request: "
                        + callback.getOrDefault("error", "no error given"), next.toString());
            }
            // 5. The code for tokens, proving with the verifier that this is the client that asked.
            Map<String, String> tokenRequest = new LinkedHashMap<>();
            tokenRequest.put("grant_type", "authorization_code");
            tokenRequest.put("code", callback.get("code"));
            tokenRequest.put("redirect_uri", redirectUri);
            tokenRequest.put("code_verifier", verifier);
            tokenRequest.put("client_id", clientId);
            var request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json");
            if (clientSecret != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8)));
            }
            var tokens = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(tokenRequest))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (tokens.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
            }
            JsonNode body = JSON.readTree(tokens.body());
            return new Tokens(body.path("access_token").asText(null), body.path("id_token").asText(null),
                    body.path("refresh_token").asText(null), body.path("expires_in").asLong());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach the identity provider at " + issuer + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in", e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI redirect(HttpResponse<String> response, String step) {
        var location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
            throw new IllegalStateException("Expected a redirect from " + step + " but got " + response.statusCode()
                    + " " + response.uri());
        }
        return response.uri().resolve(location.get());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
