package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/local-stack.md documents every variable the launcher reads, every service, and how to restart one alone. */
class DocumentationTest {

    @Test
    void the_configuration_reference_lists_every_variable() throws Exception {
        String doc = Files.readString(TestSupport.repositoryRoot().resolve("docs/local-stack.md"));
        for (String variable : StackConfig.VARIABLES.keySet()) {
            assertThat(doc).as(variable).contains("`" + variable + "`");
        }
        for (ServiceSpec s : Services.ALL) {
            assertThat(doc).contains("`" + s.portVariable() + "`");
            if (s.database() != null) {
                assertThat(doc).contains("`" + s.databaseVariable() + "`");
            }
        }
        assertThat(doc).contains("./run restart query-service").contains(".local-stack/env/query-service.env")
                .contains("docker compose up --build");
    }

    @Test
    void the_run_script_is_executable_and_hands_over_to_the_launcher() throws Exception {
        var run = TestSupport.repositoryRoot().resolve("run");
        assertThat(Files.isExecutable(run)).isTrue();
        assertThat(Files.readString(run)).startsWith("#!/usr/bin/env bash").contains(LocalStack.class.getName());
    }
}
