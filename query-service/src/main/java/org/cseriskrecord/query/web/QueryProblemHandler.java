package org.cseriskrecord.query.web;

import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.support.access.CaseNotFoundException;
import org.cseriskrecord.support.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The query service's own problems; consulted before service-support's common ones. */
@RestControllerAdvice
@Order(0)
class QueryProblemHandler {

    /** A case that does not exist and one the caller's agency is not involved in answer alike. */
    @ExceptionHandler(UnknownCaseException.class)
    ResponseEntity<ProblemDetail> unknownCase(UnknownCaseException e) {
        return unknownCase();
    }

    /** The access matrix's 404: worded exactly as for a case or assessment that does not exist. */
    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notVisible(CaseNotFoundException e) {
        return org.cseriskrecord.support.access.CaseInvolvement.ASSESSMENT_ID.equals(e.variable())
                ? unknownAssessment(null) : unknownCase();
    }

    private static ResponseEntity<ProblemDetail> unknownCase() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "unknown-case", "Unknown case",
                "No case with this id is known. If it was opened moments ago, try again shortly: "
                        + "this service shows changes once they have been recorded, typically within a second."));
    }

    @ExceptionHandler(ErasedCaseException.class)
    ResponseEntity<ProblemDetail> erasedCase(ErasedCaseException e) {
        return Problems.response(Problems.problem(HttpStatus.GONE, "erased", "Erased",
                "The personal data of this case has been erased. The case still counts in de-identified figures."));
    }

    @ExceptionHandler(UnknownAssessmentException.class)
    ResponseEntity<ProblemDetail> unknownAssessment(UnknownAssessmentException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "unknown-assessment", "Unknown assessment",
                "No assessment with this id is known. If it was started moments ago, try again shortly: "
                        + "this service shows changes once they have been recorded, typically within a second."));
    }

    @ExceptionHandler(UnknownCatalogueVersionException.class)
    ResponseEntity<ProblemDetail> unknownCatalogue(UnknownCatalogueVersionException e) {
        var known = Catalogues.all().stream().map(Catalogue::version).toList();
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "unknown-catalogue-version",
                "Unknown form version", "No form version with this id is known (known versions: "
                        + String.join(", ", known) + ")."));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not permitted", e.getMessage()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        return Problems.response(Problems.invalid(e.getMessage(),
                List.of(new Problems.FieldError(e.parameter(), e.requirement()))));
    }
}
