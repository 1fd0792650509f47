package org.cseriskrecord.localstack.identity;

import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.services.ServiceSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the local stack's sign-in needs besides the identity-provider process: its issuer URL (given to every
 * service), the web UI's client secret (generated once, kept in {@code .local-stack/identity/}, given to the provider
 * and the web UI only) and where the provider keeps its signing key.
 */
public final class LocalIdentity {

    public static final String PROVIDER = "identity-provider";
    public static final String WEB_UI = "web-ui";

    private LocalIdentity() {
    }

    public static Path directory(StackConfig config) {
        return config.stateDirectory().resolve("identity");
    }

    /** {@code http://localhost:<port>} of the identity provider, when the stack has one. */
    public static Optional<String> issuer(StackConfig config) {
        return config.services().stream().filter(s -> s.name().equals(PROVIDER)).findFirst()
                .map(s -> "http://localhost:" + config.port(s));
    }

    /** The sign-in settings of one service. */
    public static Map<String, String> environment(StackConfig config, ServiceSpec service) throws StackException {
        Map<String, String> env = new LinkedHashMap<>();
        Optional<String> issuer = issuer(config);
        if (issuer.isEmpty()) {
            return env;
        }
        env.put("CSE_OIDC_ISSUER", issuer.get());
        if (service.name().equals(PROVIDER) || service.name().equals(WEB_UI)) {
            env.put("CSE_WEB_UI_CLIENT_SECRET", webUiClientSecret(config));
        }
        if (service.name().equals(PROVIDER)) {
            env.put("CSE_IDP_KEY_FILE", directory(config).resolve("signing-key.json").toString());
            // web-ui's redirect and post-logout addresses follow its port (CSE_WEB_UI_PORT, free ports in tests)
            config.services().stream().filter(s -> s.name().equals(WEB_UI)).findFirst()
                    .ifPresent(web -> env.put("CSE_WEB_UI_URL", "http://localhost:" + config.port(web)));
        }
        return env;
    }

    static String webUiClientSecret(StackConfig config) throws StackException {
        Path file = directory(config).resolve("web-ui-client-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's permissions
            }
            return secret;
        } catch (IOException e) {
            throw new StackException("Cannot read or create the web UI's client secret " + config.show(file) + " ("
                    + e.getMessage() + ").", e);
        }
    }
}
