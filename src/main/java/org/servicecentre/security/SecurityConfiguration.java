package org.servicecentre.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.servicecentre.security.ui.LoginView;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the JSON API under {@code /api/v1} (stateless, personal tokens) and everything else
 * (Vaadin views with a sign-in form and a session).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProtectionProperties.class)
class SecurityConfiguration {

    /** Roles of people (not devices): every API path outside the kiosk API is theirs. */
    private static final String[] PEOPLE = java.util.Arrays.stream(Role.forPeople()).map(Role::name)
            .toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
                                                LoginThrottle throttle, UserAccounts accounts,
                                                TransactionTemplate transactions, Clock clock) {
        var passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, accounts, transactions, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens,
                                       AuthenticationManager authenticationManager, ApiProblems problems,
                                       ObjectProvider<DeviceAuthenticator> devices)
            throws Exception {
        return http.securityMatcher("/api/v1/**")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new DeviceAuthenticationFilter(devices, false),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/programmes",
                                "/api/v1/public/programmes/*").permitAll()
                        // a paired kiosk may use the kiosk API and nothing else; people never use it
                        .requestMatchers("/api/v1/kiosk/**").hasRole(Role.KIOSK.name())
                        .anyRequest().hasAnyRole(PEOPLE))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", request.getRequestURI().contains("/api/v1/kiosk/")
                                    ? "Device" : "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                    "error.unauthenticated");
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                      UserAccounts accounts, ObjectProvider<DeviceAuthenticator> devices)
            throws Exception {
        http.authenticationManager(authenticationManager);
        http.addFilterAfter(new SignedInAccountCheck(accounts), SecurityContextHolderFilter.class);
        http.addFilterBefore(new DeviceAuthenticationFilter(devices, true),
                AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/actuator/health", "/images/**", "/styles.css", "/calendar/**")
                .permitAll()
                // the kiosk camera's QR reader (WebAssembly), served by the app: kiosks have no CDN
                .requestMatchers(HttpMethod.GET, "/kiosk/wasm/*.wasm").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }
}
