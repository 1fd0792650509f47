package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Valid;
import org.cseriskrecord.command.casefile.application.CaseCommands;
import org.cseriskrecord.command.casefile.model.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Opening a case, correcting the child's details, updating the case's other details, starting assessments and
 * sharing the case with other agencies.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {
    private final CaseCommands commands;

    CaseController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody CaseRequests.OpenCase request) {
        var professionals = request.professionals() == null ? List.<CaseRequests.Professional>of()
                : request.professionals();
        var caseId = commands.openCase(id -> new Commands.OpenCase(id, request.area(), request.child().toDetails(),
                professionals.stream().map(CaseRequests.Professional::toDetails).toList(),
                request.placement() == null ? null : request.placement().toDetails(),
                request.otherProfessionalsInvolved()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }

    @PutMapping("/{caseId}/child")
    ResponseEntity<Void> correctChild(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Child child) {
        commands.send(new Commands.CorrectChildDetails(caseId, child.toDetails()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{caseId}/details")
    ResponseEntity<Void> updateDetails(@PathVariable String caseId,
                                       @Valid @RequestBody CaseRequests.CaseDetails request) {
        var professionals = request.professionals() == null ? List.<CaseRequests.Professional>of()
                : request.professionals();
        commands.send(new Commands.UpdateCaseDetails(caseId,
                professionals.stream().map(CaseRequests.Professional::toDetails).toList(),
                request.placement() == null ? null : request.placement().toDetails(),
                request.otherProfessionalsInvolved()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{caseId}/assessments")
    ResponseEntity<Map<String, String>> startAssessment(@PathVariable String caseId,
                                                        @Valid @RequestBody CaseRequests.StartAssessment request) {
        var assessmentId = commands.startAssessment(caseId, request.assessmentDate(),
                request.completedBy() == null ? null : request.completedBy().toDetails());
        return ResponseEntity.created(URI.create("/api/assessments/" + assessmentId))
                .body(Map.of("assessmentId", assessmentId));
    }

    /** Shares the case with another agency of the partnership: a recorded decision, with the reason. */
    @PostMapping("/{caseId}/shares")
    ResponseEntity<Void> share(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Share request) {
        commands.send(new Commands.ShareCase(caseId, request.agency(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** Ends a share: a manager of the agency that opened the case. */
    @PostMapping("/{caseId}/shares/{agency}/revocation")
    ResponseEntity<Void> revokeShare(@PathVariable String caseId, @PathVariable String agency,
                                     @Valid @RequestBody CaseRequests.Revocation request) {
        commands.send(new Commands.RevokeShare(caseId, agency, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
