package org.cseriskrecord.support.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
        if (causedBy(e, InputLimitsFilter.BodyTooLargeException.class)) {
            return Problems.response(InputLimitsFilter.tooLarge(StrictInput.MAX_BODY_BYTES));
        }
        if (e.getCause() == null) {
            return Problems.response(Problems.invalid("The request has no body: send a JSON object in the "
                    + "documented shape.", List.of()));
        }
        if (e.getCause() instanceof JsonParseException || e.getCause() instanceof JsonEOFException) {
            return Problems.response(Problems.invalid("The request body is not well-formed JSON: check its quotes, "
                    + "commas and brackets, and send one JSON object.", List.of()));
        }
        // The parser's message may echo the submitted value; keep it out of the response and the log. Only the
        // field's path is named, and what the field must be.
        var field = e.getCause() instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        var message = expectation(e.getCause());
        if (field == null && e.getCause() instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return Problems.response(Problems.invalid("The request body must be a JSON object in the documented "
                    + "shape.", List.of()));
        }
        return Problems.response(Problems.invalid(
                "The request body could not be read" + (field == null ? "" : ": " + field + " " + message)
                        + ". It must be JSON in the documented shape (text in quotes, dates as YYYY-MM-DD, levels and "
                        + "areas in capitals, only the documented fields).",
                field == null ? List.of() : List.of(new Problems.FieldError(field, message))));
    }

    /** What the field must be, in words, from the type the reader expected. */
    private static String expectation(Throwable cause) {
        if (cause instanceof StrictInput.DisallowedCharacterException) {
            return StrictInput.CONTROL_CHARACTER_MESSAGE;
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        Class<?> type = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "is not in the documented shape";
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList());
        }
        if (type == String.class) {
            return "must be text (in quotes)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "must be a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return type == LocalDate.class ? "must be a date as YYYY-MM-DD" : "must be a date and time (ISO 8601)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "is not in the documented shape";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
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

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.response(Problems.invalid("The parameter '" + e.getParameterName() + "' is required.",
                List.of(new Problems.FieldError(e.getParameterName(), "is required"))));
    }

    /** Other binding failures: a missing header or path part, a parameter that fails its constraint. */
    @ExceptionHandler({ServletRequestBindingException.class, HandlerMethodValidationException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return Problems.response(Problems.invalid("The request's address or headers are not in the documented "
                + "shape.", List.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This address answers in JSON (application/json or application/problem+json)."));
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
