package org.servicecentre;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the JSON API inside the shared {@link ServiceCentreTest} context, through the real security filters,
 * without starting a second context. Each request comes from its own client address, so failed sign-ins in one
 * test never lock the address that other tests sign in from.
 */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "demo1234";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvc mvc;

    public ApiClient(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    public MockMvc mvc() {
        return mvc;
    }

    /** A fresh token for a demo account, obtained as a script would: {@code POST /api/v1/auth/token}. */
    public String tokenFor(String username) throws Exception {
        var body = mvc.perform(post("/api/v1/auth/token").with(newAddress())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.token");
    }

    /** Sends the request with the token as a bearer credential, from a client address of its own. */
    public static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).with(newAddress());
    }

    /** A client address no other request used, from the 10.0.0.0/8 range. */
    public static RequestPostProcessor newAddress() {
        return fromAddress(nextAddress());
    }

    public static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }
}
