package org.cseriskrecord.command.casefile.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cseriskrecord.command.casefile.application.CaseCommands;
import org.cseriskrecord.command.casefile.model.CaseRuleException;
import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.support.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the case's refusals read to an API client. Nothing is stored for any of them. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemHandler {

    @ExceptionHandler(CaseRuleException.class)
    ResponseEntity<ProblemDetail> ruleRefused(CaseRuleException e) {
        var problem = switch (e.kind()) {
            case INVALID -> Problems.invalid(e.getMessage(),
                    e.problems().stream().map(p -> new Problems.FieldError(null, p)).toList());
            case WRONG_STATE -> Problems.problem(HttpStatus.CONFLICT, "wrong-state", "Not possible now",
                    e.getMessage());
            case NOT_PERMITTED -> Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not permitted",
                    e.getMessage());
            case NOT_FOUND -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
            case GONE -> Problems.problem(HttpStatus.GONE, "erased", "Erased", e.getMessage());
        };
        if (!e.problems().isEmpty()) {
            problem.setProperty("unmetRequirements", e.problems());
        }
        return Problems.response(problem);
    }

    @ExceptionHandler(RiskModelException.class)
    ResponseEntity<ProblemDetail> riskModel(RiskModelException e) {
        return Problems.response(Problems.invalid(e.getMessage(), java.util.List.of()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no case with id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(CaseCommands.UnknownAssessmentException.class)
    ResponseEntity<ProblemDetail> unknownAssessment(CaseCommands.UnknownAssessmentException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, "concurrent-modification",
                "Changed by someone else", "Someone else changed this case at the same moment; nothing of yours "
                        + "was stored. Reload it and try again."));
    }
}
