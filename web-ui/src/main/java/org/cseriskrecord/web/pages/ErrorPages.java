package org.cseriskrecord.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.ReadYourWrites;
import org.cseriskrecord.web.signin.DiscoveredClientRegistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a person sees when a service refuses or cannot answer: the service's own sentence on a GOV.UK error page with
 * the matching status (404, 403, 409…), never a stack trace. Forms handle their own 400s (error summary); this
 * handles what reaches it.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == 401) {
            // The service no longer accepts the token (expired, provider restarted): sign in again, then come back.
            request.getSession().invalidate();
            return new ModelAndView("redirect:/oauth2/authorization/" + DiscoveredClientRegistrations.REGISTRATION_ID);
        }
        // Only the status and the path: the detail may name a child.
        log.info("Service refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem.status());
        if (problem.status() == 404 && justChangedButNotShownYet(request)) {
            // The user's own change (e.g. the case they just opened) has not reached the read side within the wait:
            // "Page not found" would tell them it was lost. Say it is saved and the page will follow.
            response.setHeader("Retry-After", "2");
            var page = new ModelAndView("error/not-shown-yet");
            page.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("retryPath", request.getRequestURI());
            return page;
        }
        int status = problem.status() >= 500 ? 502 : problem.status();
        response.setStatus(status);
        String view = switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 502 -> "error/500";
            default -> "error/problem";
        };
        var page = new ModelAndView(view);
        page.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        page.addObject("problem", problem);
        return page;
    }

    private static boolean justChangedButNotShownYet(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        return "GET".equals(request.getMethod()) && flash != null
                && Boolean.TRUE.equals(flash.get(ReadYourWrites.NOT_SHOWN_YET));
    }

    @ExceptionHandler({ResourceAccessException.class, DiscoveredClientRegistrations.SignInUnavailableException.class,
            ClientAuthorizationException.class})
    ModelAndView unavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("A service did not answer for {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getSimpleName());
        var page = new ModelAndView("error/503");
        page.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
