package org.servicecentre.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the API's one error shape, RFC 9457 problem details with a stable {@code code}, with the detail
 * translated into the language the client asked for (Accept-Language; Chinese when it asks for none we speak).
 */
@Component
public class ApiProblems {

    private final TranslationProvider translations;

    ApiProblems(TranslationProvider translations) {
        this.translations = translations;
    }

    /** A problem with a translated detail; the title is the status phrase, as RFC 9457 asks for {@code about:blank}. */
    public ProblemDetail problem(HttpStatus status, String code, Locale locale, String detailKey, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(status, translations.translate(locale, detailKey, arguments));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** Like {@link #problem}, with the request's path as the {@code instance}. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String detailKey,
                                 Object... arguments) {
        var problem = problem(status, code, localeOf(request), detailKey, arguments);
        try {
            problem.setInstance(new URI(request.getRequestURI()));
        } catch (URISyntaxException oddPath) {
            // the problem is still worth answering without saying where it happened
        }
        return problem;
    }

    /** Writes a problem from a servlet filter, where Spring MVC's message converters are not at hand. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      String detailKey, Object... arguments) throws IOException {
        ProblemWriter.write(response, status.value(), code, status.getReasonPhrase(),
                translations.translate(localeOf(request), detailKey, arguments), request.getRequestURI());
    }

    /**
     * The supported language the request asks for in Accept-Language, or Chinese. Reads the header itself rather
     * than {@code request.getLocale()}, which falls back to the server's default locale.
     */
    public static Locale localeOf(HttpServletRequest request) {
        return ApiLocaleResolver.resolve(request.getHeader("Accept-Language"));
    }
}
