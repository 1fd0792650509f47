package org.cseriskrecord.riskmodel.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cseriskrecord.riskmodel.InvalidConfigurationException;
import org.cseriskrecord.riskmodel.UnknownIndicatorException;

/**
 * One version of the form's catalogue of vulnerability factors and indicators. Immutable.
 *
 * <p>A catalogue is data: it is read from a tab-separated resource file (see {@link #parse(Reader, String)}), and
 * assessments keep the version they were made with.
 */
public final class Catalogue {

    private static final Pattern VERSION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNDER_AGE = Pattern.compile("derived:under-age=(\\d{1,2})");
    private static final Pattern TAG = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final String version;
    private final String title;
    private final List<CatalogueItem> items;
    private final Map<String, CatalogueItem> byCode;
    private final Map<Category, List<CatalogueItem>> byCategory;
    private final Map<String, Derivation> derivations;
    private final Map<String, Set<String>> tags;
    private final Map<String, String> guidance;

    /**
     * Builds a catalogue without tags or guidance; prefer {@link #parse(Reader, String)} and the resource files.
     *
     * @param items       in the order printed on the form
     * @param derivations one for each derived item, and only for those
     */
    public Catalogue(String version, String title, List<CatalogueItem> items, List<Derivation> derivations) {
        this(version, title, items, derivations, Map.of(), Map.of());
    }

    /**
     * Builds a catalogue; prefer {@link #parse(Reader, String)} and the resource files.
     *
     * @param items       in the order printed on the form
     * @param derivations one for each derived item, and only for those
     * @param tags        by item code, the tags rules and pathways refer to instead of codes (see {@link CatalogueTags})
     * @param guidance    by item code, a note saying how to use the item (shown beside its label, never instead of it)
     */
    public Catalogue(String version, String title, List<CatalogueItem> items, List<Derivation> derivations,
                     Map<String, Set<String>> tags, Map<String, String> guidance) {
        this.version = Objects.requireNonNull(version, "version");
        this.title = Objects.requireNonNull(title, "title");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Catalogue version '" + version
                    + "' must be lower-case words separated by hyphens, e.g. notts-cse-2017-02");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("Catalogue " + version + " has no title");
        }
        this.items = List.copyOf(items);
        Map<String, CatalogueItem> codes = new LinkedHashMap<>();
        Map<Category, List<CatalogueItem>> categories = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            categories.put(category, new ArrayList<>());
        }
        for (CatalogueItem item : this.items) {
            if (codes.putIfAbsent(item.code(), item) != null) {
                throw new IllegalArgumentException("Catalogue " + version + " lists code " + item.code() + " twice");
            }
            categories.get(item.category()).add(item);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        categories.replaceAll((category, list) -> List.copyOf(list));
        this.byCategory = Collections.unmodifiableMap(categories);

        Map<String, Derivation> derived = new LinkedHashMap<>();
        for (Derivation derivation : derivations) {
            CatalogueItem item = codes.get(derivation.code());
            if (item == null || !item.derived()) {
                throw new IllegalArgumentException("Catalogue " + version + " has a derivation for "
                        + derivation.code() + ", which is not a derived item of the catalogue");
            }
            if (derived.putIfAbsent(derivation.code(), derivation) != null) {
                throw new IllegalArgumentException("Catalogue " + version + " derives " + derivation.code() + " twice");
            }
        }
        for (CatalogueItem item : this.items) {
            if (item.derived() && !derived.containsKey(item.code())) {
                throw new IllegalArgumentException("Catalogue " + version + " marks " + item.code()
                        + " as derived but does not say how it is derived");
            }
        }
        this.derivations = Collections.unmodifiableMap(derived);
        Map<String, Set<String>> tagged = new LinkedHashMap<>();
        tags.forEach((code, itemTags) -> {
            requireItem(codes, code, "tags");
            for (String tag : itemTags) {
                if (tag == null || !TAG.matcher(tag).matches()) {
                    throw new IllegalArgumentException("Catalogue " + version + " tags " + code + " with '" + tag
                            + "'; a tag is lower-case words separated by hyphens, e.g. previous-victim");
                }
            }
            if (!itemTags.isEmpty()) {
                tagged.put(code, Set.copyOf(itemTags));
            }
        });
        this.tags = Collections.unmodifiableMap(tagged);
        Map<String, String> notes = new LinkedHashMap<>();
        guidance.forEach((code, note) -> {
            requireItem(codes, code, "guidance");
            if (note != null && !note.isBlank()) {
                notes.put(code, note.strip());
            }
        });
        this.guidance = Collections.unmodifiableMap(notes);
    }

    private void requireItem(Map<String, CatalogueItem> codes, String code, String what) {
        if (!codes.containsKey(code)) {
            throw new IllegalArgumentException("Catalogue " + version + " has " + what + " for " + code
                    + ", which is not an item of the catalogue");
        }
    }

    /** The version id, e.g. {@code notts-cse-2017-02}. */
    public String version() {
        return version;
    }

    /** The form's title. */
    public String title() {
        return title;
    }

    /** Every item, in the order printed on the form, one section after the other. */
    public List<CatalogueItem> items() {
        return items;
    }

    /** The items of one category, in the order printed on the form. */
    public List<CatalogueItem> items(Category category) {
        return byCategory.get(Objects.requireNonNull(category, "category"));
    }

    /** The items a practitioner may mark by hand (every item except the derived ones), in form order. */
    public List<CatalogueItem> markableItems() {
        return items.stream().filter(item -> !item.derived()).toList();
    }

    /** The item with this code, if the catalogue has it. */
    public Optional<CatalogueItem> item(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The item with this code.
     *
     * @throws UnknownIndicatorException if this catalogue version has no such item
     */
    public CatalogueItem require(String code) {
        return item(code).orElseThrow(() -> new UnknownIndicatorException(code,
                "The indicator '" + code + "' is not part of the form " + title + " (catalogue version "
                        + version + "); please choose an indicator from that form."));
    }

    /** How each derived item is worked out, in form order. */
    public List<Derivation> derivations() {
        return List.copyOf(derivations.values());
    }

    /** How the given derived item is worked out; empty if the code is not a derived item. */
    public Optional<Derivation> derivation(String code) {
        return Optional.ofNullable(code == null ? null : derivations.get(code));
    }

    /** The tags of an item (empty if it has none, or if the code is not in the catalogue). */
    public Set<String> tags(String code) {
        return code == null ? Set.of() : tags.getOrDefault(code, Set.of());
    }

    /** The tags of every given item, together: what the rules and pathways see as present. */
    public Set<String> tagsOf(java.util.Collection<String> codes) {
        java.util.Set<String> present = new java.util.TreeSet<>();
        for (String code : codes) {
            present.addAll(tags(code));
        }
        return Set.copyOf(present);
    }

    /** How to use the item, where the catalogue says more than its label (e.g. how two similar items differ). */
    public Optional<String> guidance(String code) {
        return Optional.ofNullable(code == null ? null : guidance.get(code));
    }

    @Override
    public String toString() {
        return "Catalogue[" + version + ", " + items.size() + " items]";
    }

    /**
     * Reads a catalogue file. The format, UTF-8, one record a line, fields separated by a TAB:
     *
     * <pre>
     * # comment lines start with '#'; blank lines are ignored
     * version  notts-cse-2017-02
     * title    Nottinghamshire / Nottingham City Multi-Agency CSE Risk Assessment Tool (February 2017)
     * code     category        label                                    derived    tags    guidance
     * VULN_LOOKED_AFTER_CHILD  VULNERABILITY  Looked after child
     * VULN_UNDER_13            VULNERABILITY  Under 13 years of age     derived:under-age=13
     * HIGH_PREVIOUS_VICTIM_OF_CSE  HIGH  Previous victim of CSE            previous-victim  A serious indicator: ...
     * </pre>
     *
     * The {@code code category label derived ...} line starts the items; every line after it is an item, in form
     * order. The fourth field is empty for items marked by hand. The optional fifth field lists the item's tags,
     * separated by commas (see {@link CatalogueTags}); the optional sixth is guidance on how to use the item. Labels
     * are taken verbatim (surrounding whitespace removed).
     *
     * @param source a name for error messages, e.g. the resource path
     * @throws InvalidConfigurationException if the file is not a valid catalogue
     */
    public static Catalogue parse(Reader reader, String source) {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        String version = null;
        String title = null;
        boolean inItems = false;
        List<CatalogueItem> items = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        Map<String, String> guidance = new LinkedHashMap<>();
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String where = source + " line " + number;
                if (!inItems) {
                    String key = fields[0].strip();
                    switch (key) {
                        case "version" -> version = headerValue(fields, where);
                        case "title" -> title = headerValue(fields, where);
                        case "code" -> inItems = true;
                        default -> throw new InvalidConfigurationException(where + ": expected 'version', 'title' or "
                                + "the 'code<TAB>category<TAB>label<TAB>derived' line, found '" + key + "'");
                    }
                    continue;
                }
                if (fields.length < 3 || fields.length > 6) {
                    throw new InvalidConfigurationException(where + ": an item needs code, category and label "
                            + "separated by TABs (and optionally 'derived', tags and guidance)");
                }
                String code = fields[0].strip();
                Category category = category(fields[1].strip(), where);
                String label = fields[2].strip();
                String derivedField = fields.length >= 4 ? fields[3].strip() : "";
                if (fields.length >= 5 && !fields[4].isBlank()) {
                    Set<String> itemTags = new java.util.LinkedHashSet<>();
                    for (String tag : fields[4].split(",")) {
                        itemTags.add(tag.strip());
                    }
                    tags.put(code, itemTags);
                }
                if (fields.length == 6 && !fields[5].isBlank()) {
                    guidance.put(code, fields[5].strip());
                }
                boolean derived = !derivedField.isEmpty();
                if (derived) {
                    Matcher matcher = UNDER_AGE.matcher(derivedField);
                    if (!matcher.matches()) {
                        throw new InvalidConfigurationException(where + ": unknown derivation '" + derivedField
                                + "' (supported: derived:under-age=N)");
                    }
                    derivations.add(new Derivation(code, Integer.parseInt(matcher.group(1))));
                }
                try {
                    items.add(new CatalogueItem(code, category, label, derived));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException(where + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read catalogue " + source, e);
        }
        if (version == null || title == null) {
            throw new InvalidConfigurationException(source + ": the header must give 'version' and 'title'");
        }
        if (items.isEmpty()) {
            throw new InvalidConfigurationException(source + ": the catalogue has no items");
        }
        try {
            return new Catalogue(version, title, items, derivations, tags, guidance);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(source + ": " + e.getMessage(), e);
        }
    }

    private static String headerValue(String[] fields, String where) {
        if (fields.length != 2 || fields[1].isBlank()) {
            throw new InvalidConfigurationException(where + ": a header line is 'key<TAB>value'");
        }
        return fields[1].strip();
    }

    private static Category category(String name, String where) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(where + ": unknown category '" + name
                    + "' (expected VULNERABILITY, LOW, MEDIUM or HIGH)", e);
        }
    }
}
