package org.cseriskrecord.command;

import org.cseriskrecord.testsupport.ApiDescriptionCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description command-service serves: committed, valid, and exactly its endpoints (ADR 106). */
class ApiDescriptionTest extends SharedInfrastructureTest {

    private static final String SERVICE = "command-service";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String served(String path) {
        var response = http.withBasicAuth("practitioner", "practitioner").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void the_served_description_is_the_one_committed_under_docs_api() throws Exception {
        ApiDescriptionCheck.servedIsCommitted(SERVICE, served("/v3/api-docs"), served("/v3/api-docs.yaml"));
    }

    @Test
    void the_description_is_valid_openapi_3_for_an_independent_validator() throws Exception {
        ApiDescriptionCheck.valid(served("/v3/api-docs"));
    }

    @Test
    void the_description_names_every_endpoint_and_no_other() throws Exception {
        ApiDescriptionCheck.describesExactlyTheMappings(served("/v3/api-docs"), mappings);
    }

    @Test
    void every_operation_describes_bearer_sign_in_and_the_problems_it_may_answer() throws Exception {
        ApiDescriptionCheck.describesSignInAndProblems(served("/v3/api-docs"));
    }

    @Test
    void the_description_is_for_signed_in_users_only() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
    }
}
