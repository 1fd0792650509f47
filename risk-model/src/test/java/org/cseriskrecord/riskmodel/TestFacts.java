package org.cseriskrecord.riskmodel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;

/** Builds {@link AssessmentFacts} for tests: by default a 15-year-old in COUNTY with nothing marked. */
public final class TestFacts {

    public static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 10);
    public static final LocalDate BORN_15_YEARS_BEFORE = LocalDate.of(2010, 1, 20);

    private String version = Catalogues.NOTTS_CSE_2017_02;
    private final Set<String> codes = new LinkedHashSet<>();
    private LocalDate dateOfBirth = BORN_15_YEARS_BEFORE;
    private Answer learningDifficulty = Answer.NO;
    private LocalDate assessmentDate = ASSESSED_ON;
    private String area = "COUNTY";

    private TestFacts() {
    }

    public static TestFacts aFifteenYearOld() {
        return new TestFacts();
    }

    /** The first {@code count} markable items of the category in form order. */
    public static List<String> first(int count, Category category) {
        List<String> codes = catalogue().items(category).stream()
                .filter(item -> !item.derived())
                .map(CatalogueItem::code)
                .limit(count)
                .toList();
        if (codes.size() < count) {
            throw new IllegalArgumentException("Only " + codes.size() + " markable " + category + " items");
        }
        return codes;
    }

    public static Catalogue catalogue() {
        return Catalogues.current();
    }

    public TestFacts marking(String... codes) {
        this.codes.addAll(Arrays.asList(codes));
        return this;
    }

    public TestFacts marking(List<String> codes) {
        this.codes.addAll(codes);
        return this;
    }

    public TestFacts marking(int count, Category category) {
        return marking(first(count, category));
    }

    public TestFacts bornOn(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    public TestFacts assessedOn(LocalDate assessmentDate) {
        this.assessmentDate = assessmentDate;
        return this;
    }

    public TestFacts withLearningDifficulty() {
        this.learningDifficulty = Answer.YES;
        return this;
    }

    /** Nobody knows yet whether the child has a learning difficulty. */
    public TestFacts withLearningDifficultyNotKnown() {
        this.learningDifficulty = Answer.NOT_KNOWN;
        return this;
    }

    public TestFacts inArea(String area) {
        this.area = area;
        return this;
    }

    public TestFacts withCatalogueVersion(String version) {
        this.version = version;
        return this;
    }

    public AssessmentFacts build() {
        return new AssessmentFacts(version, codes, dateOfBirth, learningDifficulty, assessmentDate, area);
    }
}
