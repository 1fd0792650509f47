package org.cseriskrecord.localstack.demo;

import java.util.List;
import java.util.Random;

/**
 * Small built-in lists of obviously invented names and places. Nothing here names a real person or a real address:
 * first names are made-up syllable pairs, surnames are whimsical compounds, towns and streets are plainly fictional,
 * postcodes use the area letters "QQ" (no UK postcode starts with Q) and telephone numbers come from the range Ofcom
 * reserves for drama (07700 900000–900999).
 */
final class DemoNames {

    static final List<String> FIRST_START = List.of(
            "Zib", "Quor", "Vex", "Plim", "Tarv", "Glim", "Brox", "Yend", "Krel", "Snib", "Fayl", "Drin", "Olq",
            "Zept", "Wibb", "Jorv", "Quil", "Trab", "Mibb", "Skell");
    static final List<String> FIRST_END = List.of(
            "ella", "ondo", "ix", "aby", "orin", "ette", "umpkin", "iel", "owen", "asha", "uzo", "ina");
    static final List<String> SURNAMES = List.of(
            "Bramblewick", "Cindermoss", "Dapplefen", "Emberquill", "Fennelwhistle", "Gorsewhistle", "Hollowmere",
            "Inkpottle", "Junipercrook", "Kettlebrook", "Larkspurrow", "Mossbottle", "Nettlebury", "Puddlefoot",
            "Quillsworth", "Rushlantern", "Saltmarrow", "Thistlecombe", "Umberfidge", "Velvetmoss", "Wickerbeam",
            "Yarrowdown", "Zephyrkettle", "Acornwhistle", "Buttonvale", "Crumblethorn", "Dewdropple", "Figgleston");
    static final List<String> NICKNAMES = List.of(
            "Big Zed", "Sparrowhawk", "Toffee", "The Uncle", "Jinx", "Marmalade", "Patch", "Ghostie", "Nimbus",
            "Pockets", "Slate", "Tinker");
    static final List<String> TOWNS = List.of(
            "Sampleton", "Placebury", "Testwick", "Fauxley", "Mockbridge on Nowhere", "Pretendham", "Dummyhurst");
    static final List<String> STREETS = List.of(
            "Imaginary Lane", "Fictional Road", "Make-Believe Close", "Invented Avenue", "Nowhere Street",
            "Pretend Crescent", "Imaginary Way", "Example Row");
    static final List<String> LOCATIONS = List.of(
            "the bus station in %s", "the taxi rank behind %s market", "the takeaway on %s high street",
            "the off licence near %s park", "a flat above the shops in %s", "the retail park car park, %s",
            "the underpass by %s station", "a hotel on the ring road outside %s");

    private DemoNames() {
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String firstName(Random r) {
        return pick(r, FIRST_START) + pick(r, FIRST_END);
    }

    static String fullName(Random r) {
        return firstName(r) + " " + pick(r, SURNAMES);
    }

    static String postcode(Random r) {
        return "QQ" + (1 + r.nextInt(9)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    static String address(Random r, String town) {
        return (1 + r.nextInt(199)) + " " + pick(r, STREETS) + ", " + town;
    }

    static String telephone(Random r) {
        return String.format("07700 900%03d", r.nextInt(1000));
    }

    static String email(String name, String agencyDomain) {
        return name.toLowerCase().replace(' ', '.') + "@" + agencyDomain;
    }
}
