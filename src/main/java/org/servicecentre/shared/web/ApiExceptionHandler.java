package org.servicecentre.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an {@code /api/v1} call into one shape: RFC 9457 problem details with a stable
 * {@code code} and a detail in the client's language. Bad input is a 4xx, never a 500; nothing leaks a stack trace.
 * <p>
 * It comes before Spring Boot's own problem-details handler and also sees failures that happen before a
 * controller is chosen (wrong method, wrong content type), so it checks the path instead of the controller's
 * package, and leaves requests outside the API (the OpenAPI endpoints, say) to Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    static final String API_PREFIX = "/api/v1/";
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final TranslationProvider translations;

    ApiExceptionHandler(ApiProblems problems, TranslationProvider translations) {
        this.problems = problems;
        this.translations = translations;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            throw e;
        }
        return switch (e) {
            case DomainException domain ->
                    respond(problems.problem(request, statusOf(domain), domain.code(), domain.translationKey(),
                            domain.arguments()));
            case DataIntegrityViolationException clash -> respond(problems.problem(request, HttpStatus.CONFLICT,
                    "CONFLICT", "error.conflict"));
            case OptimisticLockingFailureException clash -> respond(problems.problem(request, HttpStatus.CONFLICT,
                    "CONFLICT", "error.conflict"));
            case AccessDeniedException denied ->
                    respond(problems.problem(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden"));
            case MethodArgumentNotValidException invalid -> respond(invalidBody(invalid, request));
            case HandlerMethodValidationException invalid -> respond(invalidParameters(invalid, request));
            case ConstraintViolationException invalid -> respond(invalidDraft(invalid, request));
            case HttpMessageNotReadableException unreadable -> respond(unreadableBody(unreadable, request));
            case MethodArgumentTypeMismatchException mismatch -> respond(malformed(request, mismatch.getName()));
            case TypeMismatchException mismatch -> respond(malformed(request, mismatch.getPropertyName()));
            case MissingServletRequestParameterException missing -> respond(problems.problem(request,
                    HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "error.missing_parameter", missing.getParameterName()));
            case ServletRequestBindingException unbound -> respond(problems.problem(request, HttpStatus.BAD_REQUEST,
                    "MALFORMED_REQUEST", "error.malformed_request"));
            case ErrorResponse spring when spring.getStatusCode().is4xxClientError() -> springError(spring, request);
            default -> {
                log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
                yield respond(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "error.internal_error"));
            }
        };
    }

    /**
     * Not-found is 404; a clash with existing data ({@code DUPLICATE_*}, {@code *_TAKEN}) is 409; any other rule
     * the request breaks is 422: the request was well-formed, but the domain refuses it.
     */
    static HttpStatus statusOf(DomainException e) {
        String code = e.code();
        if (e instanceof NotFoundException || code.equals("NOT_FOUND")) {
            return HttpStatus.NOT_FOUND;
        }
        if (code.startsWith("DUPLICATE_") || code.endsWith("_TAKEN")) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private ProblemDetail invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        var errors = new ArrayList<FieldProblem>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(FieldProblem.of(f)));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(),
                g.getDefaultMessage())));
        return validationFailed(errors, request);
    }

    private ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var errors = new ArrayList<FieldProblem>();
        for (var result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(f -> errors.add(FieldProblem.of(f)));
            } else {
                var parameter = result.getMethodParameter();
                var requestParam = parameter.getParameterAnnotation(RequestParam.class);
                String name = requestParam != null && !requestParam.name().isEmpty()
                        ? requestParam.name() : parameter.getParameterName();
                result.getResolvableErrors().forEach(r -> errors.add(new FieldProblem(name, r.getDefaultMessage())));
            }
        }
        return validationFailed(errors, request);
    }

    /** Bean validation inside a service: the {@code @Validated} services check their drafts again. */
    private ProblemDetail invalidDraft(ConstraintViolationException e, HttpServletRequest request) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(leafOf(v.getPropertyPath()), v.getMessage()))
                .toList();
        return validationFailed(errors, request);
    }

    /** Broken JSON, or a value of the wrong type or format (then the detail names the field). */
    private ProblemDetail unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return malformed(request, pathOf(jackson));
        }
        return problems.problem(request, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "error.malformed_request");
    }

    private ProblemDetail malformed(HttpServletRequest request, String name) {
        return problems.problem(request, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "error.malformed_value",
                name == null ? "?" : name);
    }

    /** Spring's own HTTP errors (404, 405, 406, 415, ...) keep their status and headers, such as Allow. */
    private ResponseEntity<ProblemDetail> springError(ErrorResponse spring, HttpServletRequest request) {
        var status = HttpStatus.valueOf(spring.getStatusCode().value());
        String code = switch (status) {
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            default -> "MALFORMED_REQUEST";
        };
        String key = switch (code) {
            case "NOT_FOUND" -> "error.no_such_path";
            case "MALFORMED_REQUEST" -> "error.malformed_request";
            default -> "error." + code.toLowerCase(Locale.ROOT);
        };
        var headers = new HttpHeaders();
        headers.putAll(spring.getHeaders());
        return ResponseEntity.status(status).headers(headers).body(problems.problem(request, status, code, key));
    }

    private ProblemDetail validationFailed(List<FieldProblem> errors, HttpServletRequest request) {
        var sorted = errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        var problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", "error.validation_failed",
                sorted.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
        problem.setProperty("errors", sorted);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String leafOf(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .orElse("");
    }

    private static String pathOf(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** One bad field of a request and what is wrong with it, in the client's language. */
    record FieldProblem(String field, String message) {

        static FieldProblem of(FieldError error) {
            return new FieldProblem(error.getField(), error.getDefaultMessage());
        }
    }
}
