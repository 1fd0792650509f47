package org.cseriskrecord.query.history;

import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessingProfessionalRecorded;
import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.LegalHoldLifted;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.LearningDifficultyConfirmed;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;

import java.util.Optional;

/**
 * One sentence per event saying what changed, for the audit history: indicators by category and label (from the
 * assessment's form version), with the reasons, rationales and comments people gave.
 */
final class HistorySummaries {

    private HistorySummaries() {
    }

    /**
     * @param catalogue the form version of the event's assessment, if known
     */
    static String summarise(CaseEvent event, Optional<Catalogue> catalogue) {
        if (event instanceof CaseOpened opened) {
            return "Opened the case in area " + opened.area();
        }
        if (event instanceof ChildDetailsCorrected corrected) {
            return corrected.changedFields().isEmpty() ? "Corrected child details"
                    : "Corrected child details: " + String.join(", ", corrected.changedFields());
        }
        if (event instanceof CaseDetailsUpdated updated) {
            return updated.changedFields().isEmpty() ? "Updated the case details"
                    : "Updated the case details: " + String.join(", ", updated.changedFields());
        }
        if (event instanceof AssessmentStarted started) {
            var sentence = new StringBuilder("Started an assessment dated ").append(started.assessmentDate())
                    .append(" on form version ").append(started.catalogueVersion());
            if (!started.carriedForward().isEmpty()) {
                sentence.append(", carrying forward ").append(count(started.carriedForward().size(), "indicator"))
                        .append(" from the previous authorised assessment");
            }
            return sentence.toString();
        }
        if (event instanceof IndicatorMarked marked) {
            return "Marked " + indicator(catalogue, marked.code(), marked.category())
                    + (marked.evidence() != null ? ", with evidence" : "");
        }
        if (event instanceof IndicatorWithdrawn withdrawn) {
            return "Withdrew " + indicator(catalogue, withdrawn.code(), null) + "; reason: " + text(withdrawn.reason());
        }
        if (event instanceof EvidenceAdded added) {
            return "Added evidence to " + indicator(catalogue, added.indicatorCode(), null);
        }
        if (event instanceof AdditionalDetailRecorded detail) {
            return "Recorded additional detail/evidence regarding " + ("VULNERABILITY".equals(detail.section())
                    ? "vulnerabilities" : detail.section() + " indicators");
        }
        if (event instanceof AnalysisRecorded analysis) {
            return "Recorded the professional's analysis: assessed level " + analysis.assessedLevel()
                    + (analysis.downgrade() ? ", below the tool's suggestion" : "")
                    + (analysis.rationale() != null && !analysis.rationale().isBlank()
                    ? "; rationale: " + analysis.rationale() : "");
        }
        if (event instanceof AssessmentSubmitted submitted) {
            return "Submitted the assessment for authorisation: the tool suggested " + submitted.suggestedLevel()
                    + (submitted.floorApplied() ? " (raised by the under-13 / learning-difficulty floor)" : "")
                    + ", assessed level " + submitted.assessedLevel()
                    + (submitted.downgrade() ? " (below the suggestion)" : "")
                    + (submitted.responseLevel() != null && !submitted.responseLevel().equals(submitted.suggestedLevel())
                    ? "; the required response is that of " + submitted.responseLevel() : "")
                    + flags(submitted.belowFloorWithIndicators(), submitted.stepDown(),
                    submitted.lastAuthorisedLevel());
        }
        if (event instanceof AssessmentReturned returned) {
            return "Returned the assessment to the practitioner; reason: " + text(returned.reason());
        }
        if (event instanceof ManagerAuthorised authorised) {
            boolean ownLevel = authorised.authorisedLevel() != null
                    && !authorised.authorisedLevel().equals(authorised.assessedLevel());
            return "Authorised the assessment at level " + (ownLevel ? authorised.authorisedLevel()
                    + " (the practitioner assessed " + authorised.assessedLevel() + "); reason: "
                    + text(authorised.levelRationale()) : authorised.assessedLevel())
                    + flags(authorised.belowFloorWithIndicators(), authorised.stepDown(),
                    authorised.lastAuthorisedLevel())
                    + (authorised.comments() != null && !authorised.comments().isBlank()
                    ? "; comments: " + authorised.comments() : "");
        }
        if (event instanceof CaseShared shared) {
            return "Shared the case with " + shared.agency() + "; reason: " + text(shared.reason());
        }
        if (event instanceof CaseShareRevoked revoked) {
            return "Revoked the share with " + revoked.agency() + "; reason: " + text(revoked.reason());
        }
        if (event instanceof AssessmentDiscarded discarded) {
            return "Discarded the assessment (it counts in no figure); reason: " + text(discarded.reason());
        }
        if (event instanceof LearningDifficultyConfirmed confirmed) {
            return "Confirmed for this assessment that the child's learning difficulty is "
                    + confirmed.learningDifficulty();
        }
        if (event instanceof AssessingProfessionalRecorded recorded) {
            var professional = recorded.completedBy();
            return "Recorded who completes the assessment: " + (professional == null ? "(none given)"
                    : String.join(", ", java.util.stream.Stream.of(professional.name(), professional.jobTitle(),
                            professional.agency()).filter(v -> v != null && !v.isBlank()).toList()));
        }
        if (event instanceof LegalHoldPlaced placed) {
            return "Placed a legal hold (the case cannot be erased while it is set); reason: " + text(placed.reason());
        }
        if (event instanceof LegalHoldLifted lifted) {
            return "Lifted the legal hold; reason: " + text(lifted.reason());
        }
        if (event instanceof CaseErased erased) {
            return "Erased the child's personal data (the case still counts in de-identified figures); reason: "
                    + text(erased.reason());
        }
        return "Recorded " + event.getClass().getSimpleName();
    }

    /** The flags of a judgement, as a clause; empty when there is none. */
    private static String flags(boolean belowFloorWithIndicators, boolean stepDown, String lastAuthorisedLevel) {
        return (belowFloorWithIndicators ? "; flagged: no risk assessed for a child who cannot be categorised as low "
                + "risk, with indicators present" : "")
                + (stepDown ? "; flagged: a step-down from " + (lastAuthorisedLevel == null ? "the last authorised level"
                : lastAuthorisedLevel) : "");
    }

    /** E.g. "LOW indicator: Returning home late", or "vulnerability: Looked after child". */
    private static String indicator(Optional<Catalogue> catalogue, String code, String givenCategory) {
        Optional<CatalogueItem> item = catalogue.flatMap(c -> c.item(code));
        String category = item.map(i -> i.category().name()).orElse(givenCategory);
        String label = item.map(CatalogueItem::label).orElse(code);
        if ("VULNERABILITY".equals(category)) {
            return "vulnerability: " + label;
        }
        return (category == null ? "indicator: " : category + " indicator: ") + label;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "(none given)" : value;
    }
}
