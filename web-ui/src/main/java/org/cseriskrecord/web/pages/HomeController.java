package org.cseriskrecord.web.pages;

import org.cseriskrecord.web.signin.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what the service is for and the "Sign in" button; signed in, straight to the cases, or for a board
 * member (who reads no case) to the trends.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String start(Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        if (user != null) {
            return user.readsTrends() && !user.readsCases() ? "redirect:/trends" : "redirect:/cases";
        }
        return "start";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
