package org.cseriskrecord.riskmodel.catalogue;

import java.util.List;

import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;

/**
 * The catalogue versions shipped with this module, listed in
 * {@code /org/cseriskrecord/riskmodel/catalogues/index.txt}. To add a version, add its file next to the index and
 * list it there; mark it {@code current} when new assessments should use it.
 */
public final class Catalogues {

    /** The index resource of the shipped catalogues. */
    public static final String INDEX = "/org/cseriskrecord/riskmodel/catalogues/index.txt";

    /** Version id of the Nottinghamshire / Nottingham City tool of February 2017. */
    public static final String NOTTS_CSE_2017_02 = "notts-cse-2017-02";

    private Catalogues() {
    }

    private static final class Holder {
        static final CatalogueSet SET = CatalogueSet.fromIndex(INDEX);
    }

    /** The shipped catalogues as a set (e.g. to pass to a {@code RiskAssessor}). */
    public static CatalogueSet set() {
        return Holder.SET;
    }

    /** The catalogue new assessments use ({@value #NOTTS_CSE_2017_02}). */
    public static Catalogue current() {
        return Holder.SET.current();
    }

    /**
     * The catalogue with this version id.
     *
     * @throws UnknownCatalogueVersionException if no such version is shipped
     */
    public static Catalogue byVersion(String version) {
        return Holder.SET.byVersion(version);
    }

    /** Every shipped catalogue version, in index order. */
    public static List<Catalogue> all() {
        return Holder.SET.all();
    }
}
