package org.cseriskrecord.support.access;

import org.cseriskrecord.events.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AccessMatrixDocumentTest {
    private static final String BEGIN = "<!-- access-matrix:begin -->\n";
    private static final String END = "<!-- access-matrix:end -->";

    @Test
    void docs_security_md_shows_the_matrix_exactly_as_the_code_states_it() throws IOException {
        var document = Files.readString(Path.of("..", "docs", "security.md"));
        assertThat(document).contains(BEGIN).contains(END);
        var table = document.substring(document.indexOf(BEGIN) + BEGIN.length(), document.indexOf(END));
        assertThat(table).as("the table in docs/security.md; paste the expected one between the markers")
                .isEqualTo(AccessMatrix.markdownTable());
    }

    @Test
    void every_row_states_a_rule_for_every_role_and_no_endpoint_is_listed_twice() {
        var keys = AccessMatrix.rows().stream().map(r -> r.service() + " " + r.method() + " " + r.path()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(AccessMatrix.rows()).allSatisfy(r -> assertThat(r.rules()).hasSize(
                Role.values().length));
    }

    @Test
    void board_and_admin_never_reach_a_childs_data() {
        assertThat(AccessMatrix.rows().stream().filter(AccessMatrix.Row::childDataRead))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.access(Role.BOARD)).isEqualTo(Access.DENIED);
                    assertThat(r.access(Role.ADMIN)).isEqualTo(Access.DENIED);
                });
    }

    /** Role's groupings are what web-ui and the sign-in use; they must say what the matrix says, not drift from it. */
    @Test
    void the_roles_grouped_on_role_are_the_roles_the_matrix_lets_through() {
        assertThat(rolesNotDenied(AccessMatrix.CHILD_DATA_READ)).isEqualTo(Role.CASE_ROLES);
        assertThat(rolesNotDenied(AccessMatrix.CASE_WORK)).isEqualTo(Role.AGENCY_ROLES);
    }

    private static java.util.Set<Role> rolesNotDenied(
            java.util.Map<Role, Access> rules) {
        return rules.entrySet().stream().filter(e -> e.getValue() != Access.DENIED)
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }
}
