package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cseriskrecord.command.casefile.application.CaseCommands;
import org.cseriskrecord.command.casefile.model.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records management, for the ADMIN only: legal holds, and erasure of a case's personal data (its key is destroyed,
 * docs/adr/050-crypto-shredding.md). Erasure is always a person's decision; retention only lists cases that are due.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class RecordsManagementController {
    private final CaseCommands commands;

    RecordsManagementController(CaseCommands commands) {
        this.commands = commands;
    }

    /** @param reason why; kept in clear after erasure as the record of the decision, so it must name no one */
    record Reason(@NotBlank(message = "is required: say why") @Size(max = CaseRequests.SHORT) String reason) {
    }

    @PostMapping("/erasure")
    ResponseEntity<Void> erase(@PathVariable String caseId, @Valid @RequestBody Reason request) {
        commands.send(new Commands.EraseCase(caseId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/legal-hold")
    ResponseEntity<Void> placeLegalHold(@PathVariable String caseId, @Valid @RequestBody Reason request) {
        commands.send(new Commands.PlaceLegalHold(caseId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/legal-hold/lift")
    ResponseEntity<Void> liftLegalHold(@PathVariable String caseId, @Valid @RequestBody Reason request) {
        commands.send(new Commands.LiftLegalHold(caseId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
