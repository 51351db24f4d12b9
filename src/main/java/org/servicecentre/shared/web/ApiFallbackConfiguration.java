package org.servicecentre.shared.web;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Answers a path under {@code /api/v1} that no controller maps with a 404 problem. Without it, Vaadin's catch-all
 * mapping would answer with its HTML page and a 200, and open a session for nothing.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallbackConfiguration {

    /** After the controllers' mapping (order 0), before Vaadin's and the static resources' (lowest precedence). */
    static final int ORDER = 100;

    @Bean
    SimpleUrlHandlerMapping apiFallbackMapping(ApiProblems problems) {
        HttpRequestHandler noSuchPath = (request, response) -> problems.write(request, response,
                HttpStatus.NOT_FOUND, "NOT_FOUND", "error.no_such_path");
        var mapping = new SimpleUrlHandlerMapping(Map.of(ApiExceptionHandler.API_PREFIX + "**", noSuchPath));
        mapping.setOrder(ORDER);
        return mapping;
    }
}
