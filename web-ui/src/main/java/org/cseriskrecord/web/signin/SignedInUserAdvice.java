package org.cseriskrecord.web.signin;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in, their role and agency, and where in the service the page is. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("user")
    SignedInUser user(Authentication authentication) {
        return SignedInUser.of(authentication);
    }

    /** The page's path, for the navigation's "current page" (Thymeleaf 3.1 no longer exposes the request). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }
}
