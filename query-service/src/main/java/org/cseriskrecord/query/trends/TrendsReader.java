package org.cseriskrecord.query.trends;

import org.cseriskrecord.events.census.CensusCode;
import org.cseriskrecord.events.census.CensusEthnicity;
import org.cseriskrecord.events.census.CensusGender;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.cseriskrecord.query.trends.SmallNumbers.suppress;

/**
 * Answers the board's trends from the {@link BoardTrendsProjection}'s tables, by the assessments' own dates and as
 * known today. Only authorised assessments count. A child's previous level (for escalations) is their previous
 * authorised assessment by date, whoever authorised it; the agency filter applies to the assessment counted.
 */
@Component
class TrendsReader {

    /** A location is shown only once it is named for this many different children: never one child's own words. */
    static final int HOTSPOT_MIN_CHILDREN = 2;
    static final String NOT_CODED = "NOT_CODED";

    private final JdbcClient jdbc;

    TrendsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One authorised assessment, as the trends count it. */
    record Fact(String assessmentId, String caseId, LocalDate date, String agency, String suggested, String assessed,
                String authorised, LocalDate dateOfBirth, String genderCode, String ethnicityCode) {
    }

    TrendsView trends(TrendsQuery query) {
        List<Fact> facts = facts(query);
        Map<String, List<Fact>> byChild = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byChild.computeIfAbsent(fact.caseId(), c -> new ArrayList<>()).add(fact);
        }
        List<TrendsView.Month> months = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            months.add(month(query, month, byChild));
        }
        List<Fact> inPeriod = facts.stream()
                .filter(f -> !f.date().isBefore(query.firstDay()) && !f.date().isAfter(query.lastDay()))
                .filter(f -> counted(query, f))
                .toList();
        return new TrendsView(TrendsQuery.format(query.from()), TrendsQuery.format(query.to()), query.area(),
                query.agency(), months, indicators(query), breakdown(inPeriod, AgeBand::label, AgeBand.values(),
                f -> AgeBand.of(f.dateOfBirth(), f.date()).name()),
                census(inPeriod, CensusGender.class, Fact::genderCode),
                census(inPeriod, CensusEthnicity.class, Fact::ethnicityCode), hotspots(query));
    }

    private TrendsView.Month month(TrendsQuery query, YearMonth month, Map<String, List<Fact>> byChild) {
        long authorised = 0;
        long escalations = 0;
        long deescalations = 0;
        long above = 0;
        long equal = 0;
        long below = 0;
        var atLevel = new EnumMap<RiskLevel, Long>(RiskLevel.class);
        LocalDate end = month.atEndOfMonth();
        for (List<Fact> history : byChild.values()) {
            Fact latest = null;
            Fact previous = null;
            for (Fact fact : history) {
                if (fact.date().isAfter(end)) {
                    break;
                }
                if (YearMonth.from(fact.date()).equals(month) && counted(query, fact)) {
                    authorised++;
                    if (previous != null) {
                        int change = level(fact.authorised()).compareTo(level(previous.authorised()));
                        escalations += change > 0 ? 1 : 0;
                        deescalations += change < 0 ? 1 : 0;
                    }
                    if (fact.suggested() != null && fact.assessed() != null) {
                        int judgement = level(fact.assessed()).compareTo(level(fact.suggested()));
                        above += judgement > 0 ? 1 : 0;
                        equal += judgement == 0 ? 1 : 0;
                        below += judgement < 0 ? 1 : 0;
                    }
                }
                previous = fact;
                latest = fact;
            }
            if (latest != null && counted(query, latest)) {
                atLevel.merge(level(latest.authorised()), 1L, Long::sum);
            }
        }
        return new TrendsView.Month(TrendsQuery.format(month), suppress(authorised), levels(atLevel),
                suppress(escalations), suppress(deescalations),
                new TrendsView.Judgement(suppress(above), suppress(equal), suppress(below)));
    }

    private static boolean counted(TrendsQuery query, Fact fact) {
        return query.agency() == null || query.agency().equals(fact.agency());
    }

    private static RiskLevel level(String level) {
        return RiskLevel.valueOf(level);
    }

    private static TrendsView.Levels levels(Map<RiskLevel, Long> counts) {
        return new TrendsView.Levels(suppress(counts.getOrDefault(RiskLevel.NONE, 0L)),
                suppress(counts.getOrDefault(RiskLevel.LOW, 0L)), suppress(counts.getOrDefault(RiskLevel.MEDIUM, 0L)),
                suppress(counts.getOrDefault(RiskLevel.HIGH, 0L)));
    }

    private static <T extends Enum<T> & CensusCode> List<TrendsView.Breakdown> census(List<Fact> facts, Class<T> list,
                                                                                      Function<Fact, String> code) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (T value : list.getEnumConstants()) {
            labels.put(value.code(), value.label());
        }
        labels.put(NOT_CODED, "Not coded");
        return breakdown(facts, labels, f -> code.apply(f) == null ? NOT_CODED : code.apply(f));
    }

    private static List<TrendsView.Breakdown> breakdown(List<Fact> facts, Function<AgeBand, String> label,
                                                        AgeBand[] bands, Function<Fact, String> value) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(bands).forEach(band -> labels.put(band.name(), label.apply(band)));
        return breakdown(facts, labels, value);
    }

    /** One row per known value, in the list's order, then any value outside the list. */
    private static List<TrendsView.Breakdown> breakdown(List<Fact> facts, Map<String, String> labels,
                                                        Function<Fact, String> value) {
        Map<String, Map<RiskLevel, Long>> counts = new LinkedHashMap<>();
        labels.keySet().forEach(v -> counts.put(v, new EnumMap<>(RiskLevel.class)));
        for (Fact fact : facts) {
            counts.computeIfAbsent(value.apply(fact), v -> new EnumMap<>(RiskLevel.class))
                    .merge(level(fact.authorised()), 1L, Long::sum);
        }
        List<TrendsView.Breakdown> rows = new ArrayList<>();
        counts.forEach((v, levels) -> rows.add(new TrendsView.Breakdown(v, labels.getOrDefault(v, v),
                suppress(levels.values().stream().mapToLong(Long::longValue).sum()), levels(levels))));
        return rows;
    }

    private List<Fact> facts(TrendsQuery query) {
        return jdbc.sql("""
                        select a.assessment_id, a.case_id, a.assessment_date, a.agency, a.suggested_level,
                               a.assessed_level, a.authorised_level, c.date_of_birth, c.gender_code, c.ethnicity_code
                        from trend_assessment a left join trend_child c on c.case_id = a.case_id
                        where a.assessment_date <= :end and (cast(:area as varchar) is null or a.area = :area)
                        order by a.case_id, a.assessment_date, a.authorised_at""")
                .param("end", Date.valueOf(query.lastDay()))
                .param("area", query.area())
                .query((rs, n) -> {
                    Date dob = rs.getDate("date_of_birth");
                    return new Fact(rs.getString("assessment_id"), rs.getString("case_id"),
                            rs.getDate("assessment_date").toLocalDate(), rs.getString("agency"),
                            rs.getString("suggested_level"), rs.getString("assessed_level"),
                            rs.getString("authorised_level"), dob == null ? null : dob.toLocalDate(),
                            rs.getString("gender_code"), rs.getString("ethnicity_code"));
                })
                .list();
    }

    private record Marked(String version, String code, String category, long count) {
    }

    /** Every item of the current form, in its order (0 where never marked), then items only older forms have. */
    private List<TrendsView.IndicatorCount> indicators(TrendsQuery query) {
        var marked = jdbc.sql("""
                        select a.catalogue_version, i.code, i.category, count(*) as marked
                        from trend_indicator i join trend_assessment a on a.assessment_id = i.assessment_id
                        where a.assessment_date between :start and :end
                          and (cast(:area as varchar) is null or a.area = :area)
                          and (cast(:agency as varchar) is null or a.agency = :agency)
                        group by a.catalogue_version, i.code, i.category""")
                .params(period(query))
                .query((rs, n) -> new Marked(rs.getString("catalogue_version"), rs.getString("code"),
                        rs.getString("category"), rs.getLong("marked")))
                .list();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, TrendsView.IndicatorCount> described = new LinkedHashMap<>();
        Catalogue current = Catalogues.current();
        for (CatalogueItem item : current.markableItems()) {
            counts.put(item.code(), 0L);
            described.put(item.code(), new TrendsView.IndicatorCount(item.code(), item.category().name(),
                    item.label(), 0L));
        }
        for (Marked m : marked) {
            counts.merge(m.code(), m.count(), Long::sum);
            described.computeIfAbsent(m.code(), code -> new TrendsView.IndicatorCount(code, m.category(),
                    OutcomeCalculator.catalogue(m.version()).flatMap(c -> c.item(code)).map(CatalogueItem::label)
                            .orElse(code), 0L));
        }
        return described.values().stream()
                .map(d -> new TrendsView.IndicatorCount(d.code(), d.category(), d.label(),
                        suppress(counts.get(d.code()))))
                .toList();
    }

    private List<TrendsView.Hotspot> hotspots(TrendsQuery query) {
        return jdbc.sql("""
                        select l.location, count(*) as named
                        from trend_location l join trend_assessment a on a.assessment_id = l.assessment_id
                        where a.assessment_date between :start and :end
                          and (cast(:area as varchar) is null or a.area = :area)
                          and (cast(:agency as varchar) is null or a.agency = :agency)
                        group by l.location
                        having count(distinct a.case_id) >= :minChildren
                        order by count(*) desc, l.location""")
                .params(period(query))
                .param("minChildren", HOTSPOT_MIN_CHILDREN)
                .query((rs, n) -> new TrendsView.Hotspot(rs.getString("location"), suppress(rs.getLong("named"))))
                .list();
    }

    private static Map<String, Object> period(TrendsQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("start", Date.valueOf(query.firstDay()));
        params.put("end", Date.valueOf(query.lastDay()));
        params.put("area", query.area());
        params.put("agency", query.agency());
        return params;
    }

    /** The child's age on the assessment's own date, in the bands boards usually report. */
    enum AgeBand {
        UNDER_10("Under 10"), AGED_10_12("10 to 12"), AGED_13_15("13 to 15"), AGED_16_17("16 to 17"),
        AGED_18_AND_OVER("18 and over"), NOT_KNOWN("Not known");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
            if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
                return NOT_KNOWN;
            }
            int age = Period.between(dateOfBirth, on).getYears();
            if (age < 10) {
                return UNDER_10;
            }
            if (age <= 12) {
                return AGED_10_12;
            }
            if (age <= 15) {
                return AGED_13_15;
            }
            return age <= 17 ? AGED_16_17 : AGED_18_AND_OVER;
        }
    }
}
