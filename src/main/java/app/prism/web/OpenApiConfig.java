package app.prism.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the two ways to sign in to the API. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI prismOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Prism API").version("v1").description("""
                        Key account management: accounts, their business-unit tree, teams, products, contacts and sales.
                        Errors are RFC 9457 problem+json; lists are paged (page from 0, size up to 500, q to filter);
                        PATCH must name the version you read (body "version" or If-Match): 428 without it, 409 when
                        it is stale. JSON bodies are read strictly (unknown fields, duplicate keys, fractions for whole
                        numbers, dates outside 1900-01-01..2199-12-31 are 400) and may have at most 1 MB (413)."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token created under your name ▸ API tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
