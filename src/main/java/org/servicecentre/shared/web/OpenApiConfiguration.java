package org.servicecentre.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (JSON at {@code /v3/api-docs}, browsable at {@code /api/docs}):
 * bearer-token security for every operation unless it says otherwise, and the problem-details shape of every error.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI serviceCentreApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Service Centre API")
                        .version("v1")
                        .description("""
                                JSON API of Service Centre, the booking and kiosk system for Party Mass Service \
                                Centres (党群服务中心), for integrations, hardware kiosks and scripts.

                                **Authentication.** Send a personal API token on every call: \
                                `Authorization: Bearer sc_...`. Create one in the web app (your profile > API tokens) \
                                or with `POST /api/v1/auth/token`. A token has the role and scope of its owner.

                                **Errors** are RFC 9457 problem details (`application/problem+json`) with a stable \
                                `code` (e.g. `DUPLICATE_CODE`, `VALIDATION_FAILED`) to act on and a `detail` to show, \
                                in the language of `Accept-Language` (`zh-CN` by default, or `en`). Validation \
                                failures list the bad fields in `errors`.

                                **Lists** take `offset` and `limit` (at most 500) and answer \
                                `{items, total, offset, limit}`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("sc_...")
                                .description("A personal API token: `Authorization: Bearer sc_...`")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Documents the errors of every operation as problems (see {@link ProblemDocumentation}); lists the
     * authentication tag first and the rest by name, and each resource's paths in order (list before one item).
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getComponents().addSchemas(ProblemDocumentation.SCHEMA, ProblemDocumentation.schema());
            if (api.getTags() != null) {
                api.getTags().sort(Comparator.comparing((Tag tag) -> !tag.getName().equals("Authentication"))
                        .thenComparing(Tag::getName));
            }
            var sorted = new Paths();
            api.getPaths().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                entry.getValue().readOperations().forEach(ProblemDocumentation::document);
                sorted.addPathItem(entry.getKey(), entry.getValue());
            });
            api.setPaths(sorted);
        };
    }
}
