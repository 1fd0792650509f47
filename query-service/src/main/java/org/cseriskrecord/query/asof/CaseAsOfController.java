package org.cseriskrecord.query.asof;

import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.query.records.CaseRecords;
import org.cseriskrecord.query.web.ErasedCaseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/cases/{caseId}?asOf=YYYY-MM-DD[&knownAt=ISO instant]}: the case as it stood on a date (without
 * {@code asOf}, the same path answers the current case status). Who may read it: the access matrix, as for the case status.
 */
@RestController
class CaseAsOfController {

    private final CaseAsOfReader reader;
    private final CaseRecords records;

    CaseAsOfController(CaseAsOfReader reader, CaseRecords records) {
        this.reader = reader;
        this.records = records;
    }

    @GetMapping(value = "/api/cases/{caseId}", params = "asOf")
    CaseAsOfView asOf(@PathVariable String caseId, @RequestParam String asOf,
                      @RequestParam(required = false) String knownAt) {
        if (records.erased(caseId)) {
            throw new ErasedCaseException();
        }
        return reader.asOf(caseId, date(asOf), knownAt == null || knownAt.isBlank() ? null : instant(knownAt));
    }

    @GetMapping(value = "/api/cases/{caseId}", params = {"knownAt", "!asOf"})
    CaseAsOfView knownAtWithoutAsOf(@PathVariable String caseId) {
        throw new InvalidParameterException("asOf", "is required with 'knownAt', as a date in the form YYYY-MM-DD");
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "must be a date in the form YYYY-MM-DD, e.g. 2025-04-30");
        }
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("knownAt",
                    "must be an instant in ISO 8601 form with its offset, e.g. 2025-04-30T12:00:00Z");
        }
    }
}
