package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Valid;
import org.cseriskrecord.command.casefile.application.CaseCommands;
import org.cseriskrecord.command.casefile.model.Commands;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything done to an assessment: indicators, evidence, analysis, who completes it, submission, the manager's
 * decision, and discarding a draft.
 */
@RestController
@RequestMapping("/api/assessments/{assessmentId}")
class AssessmentController {
    private final CaseCommands commands;

    AssessmentController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/indicators")
    ResponseEntity<Void> mark(@PathVariable String assessmentId,
                              @Valid @RequestBody AssessmentRequests.MarkIndicator request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.MarkIndicator(caseId, assessmentId, request.code(), request.evidence()));
        return done();
    }

    @PostMapping("/indicators/{code}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String assessmentId, @PathVariable String code,
                                  @Valid @RequestBody AssessmentRequests.Withdrawal request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.WithdrawIndicator(caseId, assessmentId, code, request.reason()));
        return done();
    }

    @PostMapping("/evidence")
    ResponseEntity<Void> addEvidence(@PathVariable String assessmentId,
                                     @Valid @RequestBody AssessmentRequests.AddEvidence request) {
        commands.onAssessment(assessmentId, caseId -> new Commands.AddEvidence(caseId, assessmentId,
                request.indicatorCode(), request.text(), request.source(), request.observedOn()));
        return done();
    }

    /** The seed's "Additional detail/evidence" box beside a category: VULNERABILITY, LOW, MEDIUM or HIGH. */
    @PutMapping("/additional-detail/{section}")
    ResponseEntity<Void> additionalDetail(@PathVariable String assessmentId, @PathVariable Category section,
                                          @Valid @RequestBody AssessmentRequests.AdditionalDetail request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.RecordAdditionalDetail(caseId, assessmentId, section, request.text()));
        return done();
    }

    @PutMapping("/analysis")
    ResponseEntity<Void> analysis(@PathVariable String assessmentId,
                                  @Valid @RequestBody AssessmentRequests.Analysis request) {
        commands.onAssessment(assessmentId, caseId -> new Commands.RecordAnalysis(caseId, assessmentId,
                request.analysis(), request.locationsOfConcern(), request.personsOfConcern(),
                request.assessedLevel(), request.rationale()));
        return done();
    }

    /** Confirms the child's learning-difficulty answer for this assessment, as the child's details give it. */
    @PostMapping("/learning-difficulty-confirmation")
    ResponseEntity<Void> confirmLearningDifficulty(@PathVariable String assessmentId,
            @Valid @RequestBody AssessmentRequests.LearningDifficultyConfirmation request) {
        commands.onAssessment(assessmentId, caseId -> new Commands.ConfirmLearningDifficulty(caseId, assessmentId,
                request.learningDifficulty()));
        return done();
    }

    /** Who completes the assessment: replaces the details given (or defaulted) when it started. */
    @PutMapping("/professional")
    ResponseEntity<Void> professional(@PathVariable String assessmentId,
                                      @Valid @RequestBody CaseRequests.Assessor request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.RecordAssessingProfessional(caseId, assessmentId, request.toDetails()));
        return done();
    }

    @PostMapping("/submission")
    ResponseEntity<Void> submit(@PathVariable String assessmentId) {
        commands.onAssessment(assessmentId, caseId -> new Commands.SubmitAssessment(caseId, assessmentId));
        return done();
    }

    @PostMapping("/authorisation")
    ResponseEntity<Void> authorise(@PathVariable String assessmentId,
                                   @Valid @RequestBody(required = false) AssessmentRequests.Authorisation request) {
        var body = request == null ? new AssessmentRequests.Authorisation(null, null, null) : request;
        commands.onAssessment(assessmentId, caseId -> new Commands.AuthoriseAssessment(caseId, assessmentId,
                body.comments(), body.level(), body.levelRationale()));
        return done();
    }

    @PostMapping("/return")
    ResponseEntity<Void> returnToPractitioner(@PathVariable String assessmentId,
                                              @Valid @RequestBody AssessmentRequests.Return request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.ReturnAssessment(caseId, assessmentId, request.reason()));
        return done();
    }

    /** Discards a draft or returned assessment: its author, or a manager of the author's agency. */
    @PostMapping("/discard")
    ResponseEntity<Void> discard(@PathVariable String assessmentId,
                                 @Valid @RequestBody AssessmentRequests.Discard request) {
        commands.onAssessment(assessmentId,
                caseId -> new Commands.DiscardAssessment(caseId, assessmentId, request.reason()));
        return done();
    }

    private static ResponseEntity<Void> done() {
        return ResponseEntity.noContent().build();
    }
}
