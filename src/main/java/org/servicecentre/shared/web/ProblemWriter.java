package org.servicecentre.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem-details body (RFC 9457) from places that run before Spring MVC, such as security filters,
 * in the same shape as {@link ApiExceptionHandler}'s: title, status, detail, instance and a stable code (the type
 * is left out, which means {@code about:blank}, as Spring leaves it out).
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        write(response, status, code, title, detail, null);
    }

    public static void write(HttpServletResponse response, int status, String code, String title, String detail,
                             String instance) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + escape(title)
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\""
                + (instance == null ? "" : ",\"instance\":\"" + escape(instance) + "\"")
                + ",\"code\":\"" + escape(code) + "\"}");
    }

    private static String escape(String text) {
        var escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
