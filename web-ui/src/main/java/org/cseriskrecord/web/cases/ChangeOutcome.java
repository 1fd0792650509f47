package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.ReadYourWrites;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every successful change does before the next page: wait until the read side shows it (read-your-writes),
 * then tell the user it worked — or, if the read side is slow, that the page may not show it yet.
 */
@Component
public class ChangeOutcome {

    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;

    ChangeOutcome(ReadYourWrites readYourWrites, MessageSource messages) {
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    /** @return the redirect to the case's page, with the success (or not-shown-yet) banner */
    public String redirectToCase(String caseId, CommandApi.Change change, String successKey,
                                 RedirectAttributes redirect) {
        return redirect(caseId, change, successKey, "/cases/" + caseId, redirect);
    }

    /**
     * @param path        where the next page is (a path of this service)
     * @param successArgs the success sentence's arguments (e.g. the agency a case was shared with)
     * @return the redirect to that page, with the success (or not-shown-yet) banner
     */
    public String redirect(String caseId, CommandApi.Change change, String successKey, String path,
                           RedirectAttributes redirect, Object... successArgs) {
        var locale = LocaleContextHolder.getLocale();
        redirect.addFlashAttribute("success", messages.getMessage(successKey, successArgs, locale));
        if (!readYourWrites.awaitShown(caseId, change)) {
            redirect.addFlashAttribute("notice", messages.getMessage("change.notShownYet", null, locale));
            redirect.addFlashAttribute(ReadYourWrites.NOT_SHOWN_YET, true);
        }
        return "redirect:" + path;
    }
}
