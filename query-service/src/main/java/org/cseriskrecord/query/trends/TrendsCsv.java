package org.cseriskrecord.query.trends;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The monthly table of {@link TrendsView} as CSV: a header row, then one row per month, counts as suppressed. */
final class TrendsCsv {

    static final List<String> HEADER = List.of("month", "assessmentsAuthorised", "childrenAtLevel.NONE",
            "childrenAtLevel.LOW", "childrenAtLevel.MEDIUM", "childrenAtLevel.HIGH", "escalations", "deescalations",
            "judgement.above", "judgement.equal", "judgement.below");

    private TrendsCsv() {
    }

    static String write(TrendsView trends) {
        var rows = Stream.concat(Stream.of(HEADER), trends.months().stream().map(TrendsCsv::row));
        // Every cell is a YYYY-MM month, a number or "<5": nothing needs quoting.
        return rows.map(cells -> String.join(",", cells)).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> row(TrendsView.Month m) {
        var levels = m.childrenAtLevel();
        var judgement = m.judgement();
        return Stream.of(m.month(), m.assessmentsAuthorised(), levels.none(), levels.low(), levels.medium(),
                levels.high(), m.escalations(), m.deescalations(), judgement.above(), judgement.equal(),
                judgement.below()).map(String::valueOf).toList();
    }
}
