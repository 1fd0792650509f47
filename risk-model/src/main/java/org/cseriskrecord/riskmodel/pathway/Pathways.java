package org.cseriskrecord.riskmodel.pathway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.cseriskrecord.riskmodel.InvalidConfigurationException;
import org.cseriskrecord.riskmodel.UnknownAreaException;
import org.cseriskrecord.riskmodel.rules.RiskLevel;

/**
 * The required response (referral pathway) per area and risk level, and each area's standing notes. Configuration,
 * not code: {@link #nottinghamshire()} reads the seed's COUNTY and CITY pathways from a resource file, and
 * {@link #load(Reader)} reads another partnership's file in the same format:
 *
 * <pre>
 * # comment lines start with '#'; blank lines are ignored
 * [COUNTY]                                  starts an area (UPPER_SNAKE name)
 * NONE = No CSE-specific referral is required
 * LOW = Referral to the Family Service      one action; repeat the key for more actions, in order
 * LOW if previous-victim = If the child ... an action that applies only when an item with this catalogue tag is
 *                                           marked (see CatalogueTags)
 * MEDIUM = ...
 * HIGH = ...
 * FLOOR = No child under 13 ...             the response for a child under the floor (under 13, or a learning
 *                                           difficulty that is YES or NOT_KNOWN) with indicators below every
 *                                           threshold (optional; a general wording is used when absent)
 * note = For ALL agencies ...               one standing note; repeat for more (optional)
 * </pre>
 *
 * Every area must give at least one unconditional action for each of NONE, LOW, MEDIUM and HIGH. UTF-8. Immutable.
 */
public final class Pathways {

    /** The resource holding the Nottinghamshire County and Nottingham City pathways. */
    public static final String NOTTINGHAMSHIRE_RESOURCE = "/org/cseriskrecord/riskmodel/pathways/nottinghamshire.txt";

    private static final Pattern AREA = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern CONDITION = Pattern.compile("if\\s+([a-z]+(-[a-z]+)*)");
    private static final String FLOOR = "FLOOR";

    /**
     * The response for a child under the floor with indicators below every threshold, where an area configures no
     * FLOOR actions of its own: the seed's rule, and that professional judgement decides.
     */
    public static final List<String> GENERAL_FLOOR_RESPONSE = List.of(
            "No child under 13 or with learning difficulties can be categorised as low risk: indicators are present "
                    + "below the thresholds, so professional judgement is required to decide the level of risk",
            "The case can be discussed with the area's safeguarding referral point");

    /** One configured line: its text, and the catalogue tag it depends on (null when it always applies). */
    private record Action(String text, String ifTag) {
        boolean appliesTo(Set<String> presentTags) {
            return ifTag == null || presentTags.contains(ifTag);
        }
    }

    /** By area, then by key: a level's name or FLOOR. */
    private final Map<String, Map<String, List<Action>>> actions;
    private final Map<String, List<String>> notes;

    private Pathways(Map<String, Map<String, List<Action>>> actions, Map<String, List<String>> notes) {
        this.actions = actions;
        this.notes = notes;
    }

    private static final class Nottinghamshire {
        static final Pathways PATHWAYS = loadResource(NOTTINGHAMSHIRE_RESOURCE);
    }

    /** The seed form's pathways: areas {@code COUNTY} (Nottinghamshire) and {@code CITY} (Nottingham). */
    public static Pathways nottinghamshire() {
        return Nottinghamshire.PATHWAYS;
    }

    /**
     * Reads a partnership's pathways (format above). The reader is read to the end but not closed.
     *
     * @throws InvalidConfigurationException if the configuration is incomplete or malformed
     */
    public static Pathways load(Reader reader) {
        return parse(reader, "pathway configuration");
    }

    private static Pathways loadResource(String resource) {
        InputStream stream = Pathways.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new InvalidConfigurationException("Pathway resource " + resource + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Pathways parse(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        Map<String, Map<String, List<Action>>> actions = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        String area = null;
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String where = source + " line " + number;
                if (text.startsWith("[")) {
                    if (!text.endsWith("]") || !AREA.matcher(text.substring(1, text.length() - 1).strip()).matches()) {
                        throw new InvalidConfigurationException(where
                                + ": an area starts with its name in capitals between brackets, e.g. [COUNTY]");
                    }
                    area = text.substring(1, text.length() - 1).strip();
                    if (actions.containsKey(area)) {
                        throw new InvalidConfigurationException(where + ": area " + area + " is configured twice");
                    }
                    actions.put(area, new LinkedHashMap<>());
                    notes.put(area, new ArrayList<>());
                    continue;
                }
                int equals = text.indexOf('=');
                if (equals < 0) {
                    throw new InvalidConfigurationException(where + ": expected 'KEY = text'");
                }
                if (area == null) {
                    throw new InvalidConfigurationException(where + ": start an area, e.g. [COUNTY], before its lines");
                }
                String key = text.substring(0, equals).strip();
                String value = text.substring(equals + 1).strip();
                if (value.isEmpty()) {
                    throw new InvalidConfigurationException(where + ": '" + key + "' has no text");
                }
                if (key.equals("note")) {
                    notes.get(area).add(value);
                } else {
                    String[] parts = key.split("\\s+", 2);
                    String actionKey = actionKey(parts[0], where);
                    String ifTag = null;
                    if (parts.length == 2) {
                        var condition = CONDITION.matcher(parts[1]);
                        if (!condition.matches()) {
                            throw new InvalidConfigurationException(where + ": a condition reads 'if tag', e.g. "
                                    + "'LOW if previous-victim = ...'");
                        }
                        ifTag = condition.group(1);
                    }
                    actions.get(area).computeIfAbsent(actionKey, k -> new ArrayList<>()).add(new Action(value, ifTag));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
        if (actions.isEmpty()) {
            throw new InvalidConfigurationException(source + ": no area is configured");
        }
        Map<String, Map<String, List<Action>>> frozenActions = new LinkedHashMap<>();
        Map<String, List<String>> frozenNotes = new LinkedHashMap<>();
        actions.forEach((name, byKey) -> {
            for (RiskLevel level : RiskLevel.values()) {
                if (byKey.getOrDefault(level.name(), List.of()).stream().noneMatch(a -> a.ifTag() == null)) {
                    throw new InvalidConfigurationException(source + ": area " + name + " has no action for level "
                            + level + " (every area needs NONE, LOW, MEDIUM and HIGH, each with at least one "
                            + "action that always applies)");
                }
            }
            Map<String, List<Action>> frozen = new LinkedHashMap<>();
            byKey.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
            frozenActions.put(name, Collections.unmodifiableMap(frozen));
            frozenNotes.put(name, List.copyOf(notes.get(name)));
        });
        return new Pathways(Collections.unmodifiableMap(frozenActions), Collections.unmodifiableMap(frozenNotes));
    }

    private static String actionKey(String key, String where) {
        for (RiskLevel level : RiskLevel.values()) {
            if (level.name().equals(key)) {
                return key;
            }
        }
        if (FLOOR.equals(key)) {
            return key;
        }
        throw new InvalidConfigurationException(where + ": unknown key '" + key
                + "' (expected NONE, LOW, MEDIUM, HIGH, FLOOR or note)");
    }

    /** The configured areas, in configuration order. */
    public Set<String> areas() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(actions.keySet()));
    }

    /** Whether a pathway is configured for this area. */
    public boolean hasArea(String area) {
        return area != null && actions.containsKey(area);
    }

    /**
     * The area's required response for a level: the actions that always apply (none of the conditional ones).
     *
     * @throws UnknownAreaException if no pathway is configured for the area
     */
    public RequiredResponse responseFor(String area, RiskLevel level) {
        return responseFor(area, level, Set.of());
    }

    /**
     * The area's required response for a level, with the conditional actions whose catalogue tag is present.
     *
     * @param presentTags the tags of the items marked in the assessment (see {@code Catalogue#tagsOf})
     * @throws UnknownAreaException if no pathway is configured for the area
     */
    public RequiredResponse responseFor(String area, RiskLevel level, Set<String> presentTags) {
        Objects.requireNonNull(level, "level");
        return new RequiredResponse(area, level, texts(requireArea(area).get(level.name()), presentTags));
    }

    /**
     * The area's response for a child who cannot be categorised as low risk (under 13, or with a learning
     * difficulty that is YES or NOT_KNOWN) while indicators are present below every threshold: the area's FLOOR
     * actions, or {@link #GENERAL_FLOOR_RESPONSE} where it has none. Never "no referral is required".
     *
     * @throws UnknownAreaException if no pathway is configured for the area
     */
    public RequiredResponse floorResponse(String area, Set<String> presentTags) {
        List<String> configured = texts(requireArea(area).get(FLOOR), presentTags);
        return new RequiredResponse(area, RiskLevel.NONE, configured.isEmpty() ? GENERAL_FLOOR_RESPONSE : configured);
    }

    /** Every configured line of the area (actions of every key and condition, and notes), e.g. to review its text. */
    public List<String> configuredText(String area) {
        List<String> text = new ArrayList<>();
        requireArea(area).values().forEach(list -> list.forEach(action -> text.add(action.text())));
        text.addAll(notes.get(area));
        return List.copyOf(text);
    }

    private static List<String> texts(List<Action> actions, Set<String> presentTags) {
        if (actions == null) {
            return List.of();
        }
        return actions.stream().filter(a -> a.appliesTo(presentTags)).map(Action::text).toList();
    }

    /**
     * The area's standing notes, to show with every outcome.
     *
     * @throws UnknownAreaException if no pathway is configured for the area
     */
    public List<String> standingNotes(String area) {
        requireArea(area);
        return notes.get(area);
    }

    private Map<String, List<Action>> requireArea(String area) {
        Map<String, List<Action>> byLevel = area == null ? null : actions.get(area);
        if (byLevel == null) {
            throw new UnknownAreaException(area, "No referral pathway is configured for the area '" + area
                    + "' (configured areas: " + String.join(", ", actions.keySet()) + ").");
        }
        return byLevel;
    }

    @Override
    public String toString() {
        return "Pathways" + actions.keySet();
    }
}
