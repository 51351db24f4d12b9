package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS provider against a real local HTTP server: what it posts, and that a refusal fails (to be retried). */
class HttpSmsGatewayUnitTest {

    private HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private int status = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsThePhoneAndTheTextAsJsonWithTheToken() throws Exception {
        gateway("secret").send("13812341234", "明天 14:00 \"书法班\"\n请准时");
        assertThat(bodies).containsExactly("{\"phone\":\"13812341234\",\"text\":\"明天 14:00 \\\"书法班\\\"\\n请准时\"}");
        assertThat(tokens).containsExactly("Bearer secret");
    }

    @Test
    void aRefusalFailsSoTheMessageIsRetried() {
        status = 503;
        assertThatThrownBy(() -> gateway(null).send("13812341234", "x")).hasMessageContaining("503");
    }

    private HttpSmsGateway gateway(String token) {
        return new HttpSmsGateway(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms"), token);
    }
}
