package org.cseriskrecord.query.support;

import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A generated multi-year history of synthetic children (no real people) in one agency: each child has one to four
 * assessments on distinct dates, most authorised at a level near the tool's suggestion, some left submitted or
 * discarded, with indicators, a withdrawn indicator now and then, and locations of concern spelled in varying ways.
 * The same seed gives the same history. {@link #children} says what was recorded, for tests to count by hand.
 */
public final class SyntheticHistory {

    public static final List<String> LEVELS = List.of("NONE", "LOW", "MEDIUM", "HIGH");
    private static final List<String> GENDERS = java.util.Arrays.asList("1", "2", "9", null);
    private static final List<String> ETHNICITIES = java.util.Arrays.asList("WBRI", "MWBC", "AIND", "BAFR", null);
    /** Spellings of three places: each pair normalises to one hotspot. */
    private static final List<String> LOCATIONS = List.of("Bus Station", "bus-station", "Retail Park", "RETAIL park.",
            "Canal towpath", "canal  towpath");

    /** One assessment as recorded; {@code authorisedLevel} is null when it was never authorised. */
    public record Assessment(String assessmentId, LocalDate date, String suggested, String assessed,
                             String authorisedLevel, List<String> codes, String location) {
        public boolean authorised() {
            return authorisedLevel != null;
        }
    }

    public record Child(CaseScript script, String area, LocalDate dateOfBirth, String genderCode,
                        String ethnicityCode, List<Assessment> assessments) {
        public String caseId() {
            return script.caseId;
        }
    }

    public final Actor practitioner;
    public final Actor manager;
    public final List<Child> children = new ArrayList<>();
    public final List<CaseEventEnvelope> events = new ArrayList<>();

    public SyntheticHistory(long seed, int childCount, YearMonth from, YearMonth to, String agency) {
        practitioner = new Actor("synthetic-practitioner", "PRACTITIONER", agency);
        manager = new Actor("synthetic-manager", "MANAGER", agency);
        var random = new Random(seed);
        var markable = Catalogues.current().markableItems();
        LocalDate first = from.atDay(1);
        int days = (int) ChronoUnit.DAYS.between(first, to.atEndOfMonth()) + 1;
        for (int c = 0; c < childCount; c++) {
            var script = new CaseScript(Instant.parse("2030-06-01T00:00:00Z").plus(c, ChronoUnit.HOURS));
            String area = random.nextBoolean() ? "COUNTY" : "CITY";
            LocalDate dob = LocalDate.of(2000 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String gender = GENDERS.get(random.nextInt(GENDERS.size()));
            String ethnicity = ETHNICITIES.get(random.nextInt(ETHNICITIES.size()));
            events.add(script.next(script.opened(area, CaseScript.child("Synthetic Child " + c, dob, "NO", gender,
                    ethnicity)), practitioner));
            var dates = new TreeSet<LocalDate>();
            int count = 1 + random.nextInt(4);
            while (dates.size() < count) {
                dates.add(first.plusDays(random.nextInt(days)));
            }
            List<Assessment> assessments = new ArrayList<>();
            String previous = null;
            int index = 0;
            for (LocalDate date : dates) {
                boolean last = ++index == dates.size();
                String id = "asm-" + script.caseId + "-" + index;
                String suggested = LEVELS.get(random.nextInt(4));
                int shift = random.nextInt(5) - 2; // mostly the suggestion, sometimes one level either side
                String assessed = LEVELS.get(Math.max(0, Math.min(3, LEVELS.indexOf(suggested)
                        + (Math.abs(shift) == 2 ? 0 : shift))));
                String authorisedLevel = random.nextInt(8) == 0 ? LEVELS.get(random.nextInt(4)) : assessed;
                var codes = new ArrayList<String>();
                int marks = random.nextInt(4);
                while (codes.size() < marks) {
                    CatalogueItem item = markable.get(random.nextInt(markable.size()));
                    if (!codes.contains(item.code())) {
                        codes.add(item.code());
                    }
                }
                String location = LOCATIONS.get(random.nextInt(LOCATIONS.size()));
                int fate = last ? random.nextInt(7) : 0; // the last one may be left submitted (5) or discarded (6)
                events.add(script.next(previous == null ? script.started(id, date)
                        : script.reassessment(id, date, previous, List.of()), practitioner));
                for (String code : codes) {
                    var item = Catalogues.current().require(code);
                    events.add(script.next(script.marked(id, item.label(), CaseScript.evidence("Synthetic evidence")),
                            practitioner));
                }
                if (random.nextInt(5) == 0) { // marked, then withdrawn: never counted
                    var extra = markable.get(random.nextInt(markable.size()));
                    if (!codes.contains(extra.code())) {
                        events.add(script.next(script.marked(id, extra.label(), null), practitioner));
                        events.add(script.next(script.withdrawn(id, extra.label(), "Recorded in error"),
                                practitioner));
                    }
                }
                if (fate == 6) {
                    events.add(script.next(script.discarded(id, "Started twice"), practitioner));
                    assessments.add(new Assessment(id, date, suggested, assessed, null, codes, location));
                    continue;
                }
                events.add(script.next(new AnalysisRecorded(script.caseId, id, "Synthetic analysis",
                        List.of(location), List.of(), assessed, null, false), practitioner));
                events.add(script.next(script.submitted(id, new CategoryCounts(0, 0, 0, codes.size()), suggested,
                        "Synthetic rule", false, assessed, List.of()), practitioner));
                if (fate == 5) {
                    assessments.add(new Assessment(id, date, suggested, assessed, null, codes, location));
                    continue;
                }
                events.add(script.next(script.authorised(id, assessed, authorisedLevel,
                        authorisedLevel.equals(assessed) ? null : "The manager's view", authorisedLevel, List.of(),
                        null, false, false), manager));
                assessments.add(new Assessment(id, date, suggested, assessed, authorisedLevel, codes, location));
                previous = id;
            }
            children.add(new Child(script, area, dob, gender, ethnicity, assessments));
        }
    }
}
