package org.cseriskrecord.command.casefile.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cseriskrecord.command.casefile.application.CaseCommands;
import org.cseriskrecord.command.casefile.model.CaseRuleException;
import org.cseriskrecord.riskmodel.RiskModelException;
import org.cseriskrecord.support.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.cseriskrecord.support.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * How the case's refusals read to an API client. Nothing is stored for any of them. A refusal is an expected outcome,
 * not a fault: each one is one log line (the refusal's kind, the endpoint's pattern and the correlation id; never
 * the message, which may quote what the user typed, and no stack trace) and one count in
 * {@value #REFUSED} by kind.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemHandler {

    /** Commands refused, by kind (a {@link CaseRuleException.Kind}, or {@code CONFLICT} for a concurrent change). */
    static final String REFUSED = "cse.commands.refused";
    private static final Logger log = LoggerFactory.getLogger(CaseProblemHandler.class);

    private final MeterRegistry meters;

    CaseProblemHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    private void refused(String kind, HttpServletRequest request) {
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        log.info("Command refused: kind={} endpoint=\"{} {}\" correlationId={}", kind, request.getMethod(),
                pattern != null ? pattern : "?", CorrelationIdFilter.current());
        meters.counter(REFUSED, "kind", kind).increment();
    }

    @ExceptionHandler(CaseRuleException.class)
    ResponseEntity<ProblemDetail> ruleRefused(CaseRuleException e, HttpServletRequest request) {
        refused(e.kind().name(), request);
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
    ResponseEntity<ProblemDetail> riskModel(RiskModelException e, HttpServletRequest request) {
        refused(CaseRuleException.Kind.INVALID.name(), request);
        return Problems.response(Problems.invalid(e.getMessage(), java.util.List.of()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException e, HttpServletRequest request) {
        refused(CaseRuleException.Kind.NOT_FOUND.name(), request);
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no case with id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(CaseCommands.UnknownAssessmentException.class)
    ResponseEntity<ProblemDetail> unknownAssessment(CaseCommands.UnknownAssessmentException e,
                                                    HttpServletRequest request) {
        refused(CaseRuleException.Kind.NOT_FOUND.name(), request);
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e, HttpServletRequest request) {
        refused("CONFLICT", request);
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, "concurrent-modification",
                "Changed by someone else", "Someone else changed this case at the same moment; nothing of yours "
                        + "was stored. Reload it and try again."));
    }
}
