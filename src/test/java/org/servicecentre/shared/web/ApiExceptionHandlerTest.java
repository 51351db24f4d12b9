package org.servicecentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiExceptionHandlerTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final ApiExceptionHandler handler = new ApiExceptionHandler(new ApiProblems(translations), translations);

    @Test
    void answersAClashWithExistingDataWithConflict() {
        assertThat(ApiExceptionHandler.statusOf(new DomainException("DUPLICATE_CODE", "KJY"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ApiExceptionHandler.statusOf(new DomainException("USERNAME_TAKEN", "li"))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void answersAnyOtherBrokenRuleWithUnprocessableContent() {
        assertThat(ApiExceptionHandler.statusOf(new DomainException("CODE_IMMUTABLE")))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void answersSomethingMissingWithNotFound() {
        assertThat(ApiExceptionHandler.statusOf(new NotFoundException("centre", 7))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersAnUnexpectedFailureWithAGenericProblemThatRevealsNothing() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/centres");
        request.addHeader("Accept-Language", "en");

        var response = handler.handle(new IllegalStateException("connection pool exhausted at db-3"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        var problem = response.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(problem.getDetail()).startsWith("Something went wrong on our side").doesNotContain("db-3");
    }

    @Test
    void answersALostRaceForAUniqueCodeWithConflictNotAServerError() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/centres");

        var response = handler.handle(new DataIntegrityViolationException("centre_code_unique"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getProperties()).containsEntry("code", "CONFLICT");
        assertThat(response.getBody().getDetail()).startsWith("这条数据刚被其他人修改或占用");
    }

    @Test
    void leavesFailuresOutsideTheApiToSpring() {
        var request = new MockHttpServletRequest("GET", "/v3/api-docs");
        var failure = new IllegalStateException("not ours");

        assertThatThrownBy(() -> handler.handle(failure, request)).isSameAs(failure);
    }
}
