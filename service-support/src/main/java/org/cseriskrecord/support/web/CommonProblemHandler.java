package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Comparator;

/**
 * Problems every service can raise: malformed or invalid input, unknown paths, refused access. Service-specific
 * problems (domain rules, unknown ids) live beside the service's controllers and take precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonProblemHandler {
    private static final Logger log = LoggerFactory.getLogger(CommonProblemHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        var detail = errors.size() == 1
                ? "One field is not valid: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : errors.size() + " fields are not valid; see errors for each one.";
        return Problems.response(Problems.invalid(detail, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // The parser's message may echo the submitted value; keep it out of the response and the log. Only the
        // field's path is named, and the values a field of a fixed set may take.
        var field = e.getCause() instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        var message = e.getCause() instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()
                ? "must be one of " + String.join(", ", java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).toList())
                : "is not in the documented shape";
        return Problems.response(Problems.invalid(
                "The request body could not be read" + (field == null ? "" : ": " + field + " " + message)
                        + ". It must be JSON in the documented shape (dates as YYYY-MM-DD, levels and areas in "
                        + "capitals).",
                field == null ? java.util.List.of() : java.util.List.of(new Problems.FieldError(field, message))));
    }

    /** E.g. {@code child.learningDifficulty} or {@code professionals[0].name}; null if the path is unknown. */
    private static String fieldPath(JsonMappingException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null && reference.getFieldName().matches("[A-Za-z_][A-Za-z0-9_]{0,60}")) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                return null; // a field name that may itself be data: name nothing
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.response(Problems.invalid("The parameter '" + e.getName() + "' has a value this service "
                + "does not accept.", java.util.List.of(new Problems.FieldError(e.getName(), "is not a valid value"))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", "Send the request body as application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return Problems.response(Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed", "This address does not accept " + e.getMethod() + "."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is nothing at this address."));
    }

    @ExceptionHandler(org.cseriskrecord.support.access.CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> caseNotFound(org.cseriskrecord.support.access.CaseNotFoundException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not permitted",
                "Your role does not allow this action."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error handling a request (correlation id {})", CorrelationIdFilter.current(), e);
        return Problems.response(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong", "The service could not complete the request; "
                        + "quote the correlation id " + CorrelationIdFilter.current() + " when reporting it."));
    }
}
