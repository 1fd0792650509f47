package org.cseriskrecord.riskmodel.catalogue;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cseriskrecord.riskmodel.InvalidConfigurationException;
import org.cseriskrecord.riskmodel.UnknownCatalogueVersionException;

/**
 * The catalogue versions a system knows, and the one new assessments use. {@link Catalogues} is the set shipped
 * with this module; build another with {@link #fromIndex(String)} (e.g. in tests, or for a partnership with its
 * own form).
 */
public final class CatalogueSet {

    private final Catalogue current;
    private final Map<String, Catalogue> byVersion;

    /**
     * @param current the catalogue new assessments use; must be one of {@code all}
     * @param all     every known catalogue version, in the order to list them
     */
    public CatalogueSet(Catalogue current, List<Catalogue> all) {
        Objects.requireNonNull(current, "current");
        Map<String, Catalogue> versions = new LinkedHashMap<>();
        for (Catalogue catalogue : all) {
            if (versions.putIfAbsent(catalogue.version(), catalogue) != null) {
                throw new InvalidConfigurationException("Catalogue version " + catalogue.version()
                        + " is listed twice");
            }
        }
        if (versions.get(current.version()) != current) {
            throw new InvalidConfigurationException("The current catalogue " + current.version()
                    + " must be one of the listed catalogues");
        }
        this.current = current;
        this.byVersion = Collections.unmodifiableMap(versions);
    }

    /** The catalogue new assessments use. */
    public Catalogue current() {
        return current;
    }

    /**
     * The catalogue with this version id.
     *
     * @throws UnknownCatalogueVersionException if no such version is known
     */
    public Catalogue byVersion(String version) {
        Catalogue catalogue = version == null ? null : byVersion.get(version);
        if (catalogue == null) {
            throw new UnknownCatalogueVersionException(version, "The assessment refers to form version '" + version
                    + "', which this system does not know (known versions: " + String.join(", ", byVersion.keySet())
                    + ").");
        }
        return catalogue;
    }

    /** Whether a catalogue with this version id is known. */
    public boolean hasVersion(String version) {
        return version != null && byVersion.containsKey(version);
    }

    /** Every known catalogue, in index order. */
    public List<Catalogue> all() {
        return List.copyOf(byVersion.values());
    }

    /**
     * Loads the catalogues listed in an index resource on the class path. Index format, UTF-8: one catalogue file a
     * line, relative to the index's directory (or an absolute resource path starting with '/'); exactly one line
     * carries a second TAB-separated field {@code current}. Lines starting with '#' and blank lines are ignored.
     *
     * @param indexResource absolute resource path, e.g. {@code /org/cseriskrecord/riskmodel/catalogues/index.txt}
     */
    public static CatalogueSet fromIndex(String indexResource) {
        if (!indexResource.startsWith("/")) {
            throw new IllegalArgumentException("Give the index as an absolute resource path: " + indexResource);
        }
        String directory = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        List<Catalogue> all = new ArrayList<>();
        Catalogue current = null;
        try (BufferedReader index = open(indexResource)) {
            int number = 0;
            for (String line = index.readLine(); line != null; line = index.readLine()) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s*\t\\s*");
                String where = indexResource + " line " + number;
                if (fields.length > 2 || (fields.length == 2 && !fields[1].equals("current"))) {
                    throw new InvalidConfigurationException(where + ": expected 'file' or 'file<TAB>current'");
                }
                String file = fields[0];
                String resource = file.startsWith("/") ? file : directory + file;
                Catalogue catalogue;
                try (Reader reader = open(resource)) {
                    catalogue = Catalogue.parse(reader, resource);
                }
                all.add(catalogue);
                if (fields.length == 2) {
                    if (current != null) {
                        throw new InvalidConfigurationException(where + ": only one catalogue can be current");
                    }
                    current = catalogue;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read catalogue index " + indexResource, e);
        }
        if (current == null) {
            throw new InvalidConfigurationException(indexResource + ": no catalogue is marked 'current'");
        }
        return new CatalogueSet(current, all);
    }

    private static BufferedReader open(String resource) {
        InputStream stream = CatalogueSet.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new InvalidConfigurationException("Catalogue resource " + resource + " is not on the class path");
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
