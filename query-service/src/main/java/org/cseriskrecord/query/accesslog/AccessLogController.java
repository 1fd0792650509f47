package org.cseriskrecord.query.accesslog;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The access log, for auditors (the access matrix says who): {@code GET /api/cases/{caseId}/access-log} and
 * {@code GET /api/access-log?user=&from=&to=}, newest first, at most {@value AccessLogStore#MAX_ROWS} entries.
 */
@RestController
class AccessLogController {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AccessLogStore store;

    AccessLogController(AccessLogStore store) {
        this.store = store;
    }

    @GetMapping("/api/cases/{caseId}/access-log")
    List<CaseEntry> ofCase(@PathVariable String caseId) {
        return store.ofCase(caseId).stream().map(CaseEntry::of).toList();
    }

    /**
     * @param from inclusive: a date (YYYY-MM-DD, from its start in UK time) or an instant (2026-12-03T10:15:00Z)
     * @param to   a date (to its end, inclusive) or an instant (exclusive)
     */
    @GetMapping("/api/access-log")
    List<Entry> find(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to) {
        return store.find(blankToNull(user), instant("from", from, false), instant("to", to, true)).stream()
                .map(Entry::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String parameter, String value, boolean endOfDay) {
        var given = blankToNull(value);
        if (given == null) {
            return null;
        }
        try {
            if (given.length() == 10) {
                var date = LocalDate.parse(given);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(UK).toInstant();
            }
            return Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter,
                    "must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ)");
        }
    }

    /** An entry of one case's log: exactly the fields the API promises. */
    record CaseEntry(Instant at, String user, String role, String agency, String action, String outcome) {
        static CaseEntry of(AccessLogEntry e) {
            return new CaseEntry(e.at(), e.user(), e.role(), e.agency(), e.action(), e.outcome().name());
        }
    }

    /** An entry of the whole log: the same, with the case (absent when the request named none). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Entry(Instant at, String user, String role, String agency, String caseId, String action, String outcome,
                 String service) {
        static Entry of(AccessLogEntry e) {
            return new Entry(e.at(), e.user(), e.role(), e.agency(), e.caseId(), e.action(), e.outcome().name(),
                    e.service());
        }
    }
}
