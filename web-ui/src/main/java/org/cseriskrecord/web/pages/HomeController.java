package org.cseriskrecord.web.pages;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the service is for and the "Sign in" button; signed in, straight to the cases. */
@Controller
class HomeController {

    @GetMapping("/")
    String start(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
            return "redirect:/cases";
        }
        return "start";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
