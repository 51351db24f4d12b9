package org.servicecentre.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * How the OpenAPI description shows errors: every operation may fail with bad input or on our side, secured ones
 * also without a token or permission, and each error response is a problem whose example carries the code the
 * response's description names in parentheses, e.g. "The code is taken (DUPLICATE_CODE)".
 */
final class ProblemDocumentation {

    static final String SCHEMA = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern CODE = Pattern.compile("\\(([A-Z][A-Z_]+)");
    private static final Map<String, String> DEFAULT_CODES = Map.of("400", "MALFORMED_REQUEST", "422", "VALIDATION_FAILED",
            "401", "UNAUTHENTICATED", "403", "FORBIDDEN", "404", "NOT_FOUND", "500", "INTERNAL_ERROR");

    private ProblemDocumentation() {
    }

    static void document(Operation operation) {
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        addIfMissing(operation, "400", "Malformed request: unreadable JSON or parameter (MALFORMED_REQUEST)");
        addIfMissing(operation, "422", "Invalid fields (VALIDATION_FAILED), or a rule of the domain refused the request");
        if (secured) {
            addIfMissing(operation, "401", "No valid API token (UNAUTHENTICATED)");
            addIfMissing(operation, "403", "The caller's role or scope does not allow this (FORBIDDEN)");
        }
        addIfMissing(operation, "500", "Unexpected failure on the server (INTERNAL_ERROR)");
        var sorted = new ApiResponses();
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                        .example(example(entry.getKey(), entry.getValue().getDescription()))));
            }
            sorted.addApiResponse(entry.getKey(), entry.getValue());
        });
        operation.setResponses(sorted);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema schema() {
        var fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("code"))
                .addProperty("message", new StringSchema().example("不能为空"));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details with a stable code");
        problem.addProperty("type", new StringSchema().description("Left out, which means about:blank"));
        problem.addProperty("title", new StringSchema().description("The HTTP status phrase"));
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema()
                .description("What went wrong, for people, in the language of Accept-Language (zh-CN or en)"));
        problem.addProperty("instance", new StringSchema().description("The path that was called"));
        problem.addProperty("code", new StringSchema()
                .description("Stable machine-readable code such as DUPLICATE_CODE; part of the API contract"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem)
                .description("The invalid fields, for VALIDATION_FAILED"));
        problem.setRequired(List.of("title", "status", "code"));
        return problem;
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Map<String, Object> example(String status, String description) {
        var matcher = CODE.matcher(description == null ? "" : description);
        String code = matcher.find() ? matcher.group(1) : DEFAULT_CODES.getOrDefault(status, "MALFORMED_REQUEST");
        var example = new LinkedHashMap<String, Object>();
        int value = Integer.parseInt(status);
        example.put("title", HttpStatus.valueOf(value).getReasonPhrase());
        example.put("status", value);
        example.put("detail", description);
        example.put("code", code);
        if (code.equals("VALIDATION_FAILED")) {
            example.put("errors", List.of(Map.of("field", "code", "message", "不能为空")));
        }
        return example;
    }
}
