package org.cseriskrecord.query.trends;

import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.web.AgencyScope;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/board/trends} and {@code GET /api/board/trends.csv}: the board's trends, de-identified and
 * suppressed. Board members and auditors see every agency; a manager sees their own agency's figures only.
 */
@RestController
@PreAuthorize("hasAnyRole('BOARD', 'AUDITOR', 'MANAGER')")
class TrendsController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final TrendsReader reader;
    private final OutcomeCalculator outcomes;

    TrendsController(TrendsReader reader, OutcomeCalculator outcomes) {
        this.reader = reader;
        this.outcomes = outcomes;
    }

    @GetMapping("/api/board/trends")
    TrendsView trends(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String area, @RequestParam(required = false) String agency) {
        return reader.trends(query(from, to, area, agency));
    }

    @GetMapping("/api/board/trends.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String area,
                               @RequestParam(required = false) String agency) {
        var query = query(from, to, area, agency);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"cse-trends-" + TrendsQuery.format(query.from())
                        + "-to-" + TrendsQuery.format(query.to()) + ".csv\"")
                .body(TrendsCsv.write(reader.trends(query)));
    }

    private TrendsQuery query(String from, String to, String area, String agency) {
        var query = TrendsQuery.parse(from, to, area, agency, List.copyOf(outcomes.areas()));
        return query.withAgency(AgencyScope.of(SignedInUser.require(), query.agency(), "the trends").orElse(null));
    }
}
