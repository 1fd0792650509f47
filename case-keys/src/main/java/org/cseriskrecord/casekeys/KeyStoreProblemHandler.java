package org.cseriskrecord.casekeys;

import org.cseriskrecord.support.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The key store's refusals as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KeyStoreProblemHandler {

    @ExceptionHandler(KeyStoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(KeyStoreUnavailableException e) {
        return Problems.response(unavailableProblem());
    }

    @ExceptionHandler(CaseKeyDestroyedException.class)
    ResponseEntity<ProblemDetail> destroyed(CaseKeyDestroyedException e) {
        return Problems.response(Problems.problem(HttpStatus.GONE, "erased", "Erased", e.getMessage()));
    }

    public static ProblemDetail unavailableProblem() {
        var problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "key-store-unavailable",
                "Temporarily unavailable", "The store of encryption keys cannot be reached, so nothing was "
                        + "recorded. Try again in a few minutes.");
        problem.setProperty("retryable", true);
        return problem;
    }

    /** The key store's failure behind an exception, if that is what it is (frameworks wrap it). */
    public static KeyStoreUnavailableException causeOf(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof KeyStoreUnavailableException unavailable) {
                return unavailable;
            }
        }
        return null;
    }
}
