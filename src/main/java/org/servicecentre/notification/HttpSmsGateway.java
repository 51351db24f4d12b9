package org.servicecentre.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An SMS provider reached over HTTP: POSTs {@code {"phone": …, "text": …}} as JSON to the configured address with an
 * optional bearer token; any 2xx answer counts as accepted, anything else (or no answer in 10 s) fails and is retried.
 * Most Chinese SMS platforms are reached through a small relay of this shape; a provider with its own protocol is
 * plugged in as an {@link SmsGateway} bean instead.
 */
class HttpSmsGateway implements SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI address;
    private final String token;

    HttpSmsGateway(URI address, String token) {
        this.address = address;
        this.token = token;
    }

    @Override
    public void send(String phone, String text) throws Exception {
        var request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + json(phone) + "\",\"text\":\"" + json(text)
                        + "\"}"));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS provider answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
    }

    static String json(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
