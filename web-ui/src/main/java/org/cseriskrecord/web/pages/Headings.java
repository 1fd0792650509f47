package org.cseriskrecord.web.pages;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's column headings when some are fixed and the rest come from the data (a chart's series, the levels), for
 * templates as {@code @headings} with the GOV.UK table fragment: template expressions cannot join two lists.
 */
@Component("headings")
public class Headings {

    /** The fixed headings, then the others, in that order. */
    public List<String> of(List<String> fixed, List<String> others) {
        var all = new ArrayList<String>(fixed.size() + others.size());
        all.addAll(fixed);
        all.addAll(others);
        return List.copyOf(all);
    }
}
