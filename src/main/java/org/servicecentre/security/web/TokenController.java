package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import org.servicecentre.security.ApiTokenService;
import org.servicecentre.security.LoginBlockedException;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a script exchange a username and password for a personal API token. The password goes through the same
 * authentication manager as the sign-in page, so the same failed-login limits per account and per address apply.
 */
@RestController
@Tag(name = "Authentication", description = "API tokens for scripts, and the calling account")
class TokenController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokenService tokens;
    private final ApiProblems problems;
    private final Clock clock;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    TokenController(AuthenticationManager authenticationManager, ApiTokenService tokens, ApiProblems problems,
                    Clock clock) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.problems = problems;
        this.clock = clock;
    }

    @PostMapping("/api/v1/auth/token")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Exchange a username and password for a personal API token",
            description = "The token has the role and scope of the account and is shown only in this answer. "
                    + "Failed attempts count towards the same lockout as the sign-in page.")
    @ApiResponse(responseCode = "201", description = "Token issued")
    @ApiResponse(responseCode = "401", description = "Wrong username or password (BAD_CREDENTIALS)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After (LOGIN_BLOCKED)")
    TokenResponse issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
        attempt.setDetails(details.buildDetails(request));
        var signedIn = authenticationManager.authenticate(attempt);
        return TokenResponse.of(tokens.issueFor(signedIn, body.nameOrDefault(),
                Duration.ofDays(body.daysOrDefault())));
    }

    @ExceptionHandler(LoginBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(LoginBlockedException e, HttpServletRequest request) {
        long seconds = Math.max(1, Duration.between(clock.instant(), e.until()).toSeconds());
        long minutes = Math.max(1, (seconds + 59) / 60);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_BLOCKED",
                        "error.login_blocked", minutes));
    }

    /** Wrong password, unknown or disabled account alike: the answer must not tell which. */
    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail refused(HttpServletRequest request) {
        return problems.problem(request, HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "error.bad_credentials");
    }
}
