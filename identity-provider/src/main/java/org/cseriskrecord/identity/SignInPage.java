package org.cseriskrecord.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, in the GOV.UK Design System (templates/login.html). */
@Controller
class SignInPage {

    @GetMapping(SignInThrottleFilter.LOGIN)
    String signIn(@RequestParam(name = "error", required = false) String error,
                  @RequestParam(name = "throttled", required = false) Integer throttledMinutes,
                  @RequestParam(name = "logout", required = false) String logout, Model model) {
        if (throttledMinutes != null && throttledMinutes > 0) {
            model.addAttribute("errorMessage", "You have tried to sign in too many times. Wait "
                    + throttledMinutes + (throttledMinutes == 1 ? " minute" : " minutes") + ", then try again.");
        } else if (error != null) {
            model.addAttribute("errorMessage", "Enter a correct user name and password.");
        }
        model.addAttribute("signedOut", logout != null);
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + SignInThrottleFilter.LOGIN;
    }
}
