package org.cseriskrecord.testsupport;

import org.cseriskrecord.support.access.Access;
import org.cseriskrecord.support.access.AccessMatrix;
import org.cseriskrecord.support.access.ApiService;
import org.cseriskrecord.support.security.DemoUsers;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a running service against the {@link AccessMatrix}: every request mapping under {@code /api} has a row
 * (and every row of the service a mapping), and every demo user, in every role, gets what the row says at every
 * endpoint. Used by each service's own test, over its real request mappings and real infrastructure.
 */
public final class AccessMatrixCheck {

    /** Calls the service over HTTP as a user (null: without signing in) and returns the status. */
    @FunctionalInterface
    public interface Caller {
        int call(String user, String method, String path, Object body);
    }

    /**
     * A body with its own path values, for an endpoint that needs a case or assessment in another state than the
     * shared one (e.g. one no manager has contributed to, so the four-eyes rule does not answer first).
     */
    public record Example(Object body, Map<String, String> values) {
    }

    private static final Set<Integer> NOT_REACHED = Set.of(401, 403, 404);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private AccessMatrixCheck() {
    }

    /** "METHOD path" of every mapping under /api the service really has. */
    public static Set<String> apiMappings(RequestMappingHandlerMapping mapping) {
        var found = new TreeSet<String>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    found.add("ANY " + pattern);
                }
                methods.forEach(m -> found.add(m.name() + " " + pattern));
            }
        });
        return found;
    }

    public static Set<String> rowsOf(ApiService service) {
        var rows = new TreeSet<String>();
        AccessMatrix.rows().stream().filter(r -> r.service() == service)
                .forEach(r -> rows.add(r.method() + " " + r.path()));
        return rows;
    }

    /** Fails for a mapping without a row and for a row without a mapping. */
    public static void everyMappingHasARow(ApiService service, RequestMappingHandlerMapping mapping) {
        assertThat(rowsOf(service))
                .as("The access matrix rows of %s must be exactly its request mappings under /api; add a row to "
                        + "AccessMatrix for a new endpoint (docs/security.md says how)", service.applicationName())
                .isEqualTo(apiMappings(mapping));
    }

    /**
     * For every row of the service and every demo user, calls the endpoint and checks the answer: 403 for a role the
     * row denies, 404 for a case the user's agency is not involved in, and for an allowed call something the
     * controller decided (not 401, 403 or 404). Without signing in, always 401.
     *
     * @param caseAgency     the agency that opened the case the {@code values} name
     * @param values         a value for each path variable (caseId, assessmentId, code, …)
     * @param examples       a valid body (or an {@link Example}) for each "METHOD path" that takes one, so the call
     *                       reaches the rule
     * @return the calls made, one line each, for the failure message
     */
    public static List<String> everyUserGetsWhatTheMatrixSays(ApiService service, Caller caller, String caseAgency,
                                                              Map<String, String> values,
                                                              Map<String, Object> examples) {
        var failures = new ArrayList<String>();
        var calls = new ArrayList<String>();
        for (var row : AccessMatrix.rows()) {
            if (row.service() != service) {
                continue;
            }
            var key = row.method() + " " + row.path();
            var example = examples.get(key);
            var body = example instanceof Example e ? e.body() : example;
            var path = fill(row.path(), example instanceof Example e ? e.values() : values);
            if (body == null && !row.method().equals("GET")) {
                failures.add(key + ": give an example body so the call reaches the rule");
                continue;
            }
            int anonymous = caller.call(null, row.method(), path, body);
            calls.add(key + " signed out -> " + anonymous);
            if (anonymous != 401) {
                failures.add(key + " without signing in answered " + anonymous + ", not 401");
            }
            for (SignedInUser user : DemoUsers.ALL) {
                int status = caller.call(user.userId(), row.method(), path, body);
                calls.add(key + " as " + user.userId() + " -> " + status);
                var access = row.access(user.role());
                var expected = expectation(access, row.caseVariable().isPresent(), caseAgency.equals(user.agency()));
                if (!expected.matches(status)) {
                    failures.add(key + " as " + user.userId() + " (" + user.role() + ", " + user.agency() + "): "
                            + status + ", expected " + expected);
                }
            }
        }
        assertThat(failures).as("Calls that did not get what the access matrix says").isEmpty();
        return calls;
    }

    private enum Expected {
        FORBIDDEN, NOT_FOUND, REACHED;

        boolean matches(int status) {
            return switch (this) {
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case REACHED -> !NOT_REACHED.contains(status) && status < 500;
            };
        }
    }

    private static Expected expectation(Access access, boolean addressesACase, boolean involved) {
        return switch (access) {
            case DENIED -> Expected.FORBIDDEN;
            case ALLOWED -> Expected.REACHED;
            case INVOLVED -> !addressesACase || involved ? Expected.REACHED : Expected.NOT_FOUND;
        };
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (m.find()) {
            var value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value given for the path variable " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
