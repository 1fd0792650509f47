package org.cseriskrecord.query.catalogue;

import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The form's catalogue, for any signed-in user: the current version (what new assessments use) or a named one
 * (what an older assessment was made with).
 */
@RestController
class CatalogueController {

    @GetMapping("/api/catalogue")
    CatalogueView current() {
        return CatalogueView.of(Catalogues.current());
    }

    /** 404 problem if the version is unknown. */
    @GetMapping("/api/catalogue/{version}")
    CatalogueView version(@PathVariable String version) {
        return CatalogueView.of(Catalogues.byVersion(version));
    }
}
