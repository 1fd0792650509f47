package org.cseriskrecord.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * The OpenAPI 3 description each service serves at {@code /v3/api-docs} (springdoc, when the service has it on its
 * class path) and commits under {@code docs/api/} (docs/adr/106-openapi-committed.md): the endpoints and bodies as
 * springdoc reads them from the controllers, plus what springdoc cannot see — sign-in with an OIDC bearer token, and
 * the RFC 7807 problems every endpoint may answer.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDescriptionAutoConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI apiDescription(Environment environment) {
        var service = environment.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info().title("CSE Risk Record " + service).version("1")
                        .description("Generated from the controllers; committed as docs/api/" + service
                                + ".openapi.json and .yaml. Every refusal is an RFC 7807 problem with a sentence a "
                                + "person understands; request bodies are read strictly (docs/adr/105-strict-input.md)."))
                // Relative, so the document is the same wherever the service runs.
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token from the OIDC identity provider, with the roles and "
                                        + "agency claims (docs/security.md). The local profile also accepts HTTP Basic "
                                        + "for the demo users."))
)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The problems every endpoint may answer, by what the endpoint takes. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // Here rather than on the base document: springdoc replaces its schemas with the ones it generates.
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                problem(operation, "400", "Invalid input: a field, parameter or body not in the documented shape; "
                        + "errors names each field.");
                problem(operation, "401", "Not signed in, or the token was not accepted.");
                problem(operation, "403", "The signed-in role may not do this (docs/security.md).");
                if (path.contains("{")) {
                    problem(operation, "404", "Nothing with that id that the signed-in user may know of.");
                }
                if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                    problem(operation, "409", "Not possible in the record's current state; unmetRequirements "
                            + "lists what is missing where that applies.");
                }
                if (operation.getRequestBody() != null) {
                    problem(operation, "413", "The request body is larger than 1 MiB.");
                    problem(operation, "415", "The body is not application/json.");
                }
            }));
        };
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("e.g. child.dateOfBirth or professionals[0].name"))
                .addProperty("message", new StringSchema().description("what is wrong, in words"));
        return new ObjectSchema()
                .description("RFC 7807 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("a sentence a person understands"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .addProperty("unmetRequirements", new ArraySchema().items(new StringSchema()));
    }
}
