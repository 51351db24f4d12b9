package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.servicecentre.security.ApiTokenService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own tokens: a script can list them and revoke one, its own included, when it is done. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication")
class TokensController {

    private final ApiTokenService tokens;

    TokensController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's API tokens, newest first, without their secrets")
    List<TokenSummaryResponse> mine() {
        return tokens.mine().stream().map(TokenSummaryResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "The caller has no such token (NOT_FOUND)")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
