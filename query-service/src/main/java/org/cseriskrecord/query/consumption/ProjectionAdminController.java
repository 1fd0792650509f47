package org.cseriskrecord.query.consumption;

import org.cseriskrecord.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The rebuild command: {@code POST /api/admin/projections/{name}/rebuild}, and the projections that can be rebuilt
 * ({@code GET /api/admin/projections}). Administrators only: it changes no record and shows no child's data.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ProjectionAdminController {

    private final ProjectionRebuild rebuild;

    ProjectionAdminController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    record ProjectionInfo(String name, List<String> tables) {
    }

    @GetMapping("/api/admin/projections")
    List<ProjectionInfo> projections() {
        return rebuild.projections().stream().map(p -> new ProjectionInfo(p.name(), p.tables())).toList();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<?> rebuild(@PathVariable String name) {
        var projection = rebuild.projection(name);
        if (projection.isEmpty()) {
            ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, "unknown-projection", "Unknown projection",
                    "No projection is called '" + name.replaceAll("[^A-Za-z0-9-]", "?") + "'. The projections are: "
                            + String.join(", ", projections().stream().map(ProjectionInfo::name).toList()) + ".");
            return Problems.response(problem);
        }
        return ResponseEntity.ok(rebuild.rebuild(projection.get()));
    }
}
