package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.servicecentre.security.AccountService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling account, so a script can check whose token it holds and what it may see. */
@RestController
@Tag(name = "Authentication")
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The account the token belongs to, with its role and scope")
    MeResponse me() {
        return MeResponse.of(accounts.me());
    }
}
