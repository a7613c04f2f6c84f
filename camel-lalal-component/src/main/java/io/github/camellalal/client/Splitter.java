package io.github.camellalal.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A LALAL.AI separation neural network; each offers a fixed set of stems. */
public enum Splitter {
    PHOENIX("phoenix", EnumSet.allOf(Stem.class)),
    ORION("orion", EnumSet.of(Stem.VOCALS, Stem.VOICE, Stem.DRUM, Stem.PIANO, Stem.BASS,
            Stem.ELECTRIC_GUITAR, Stem.ACOUSTIC_GUITAR)),
    PERSEUS("perseus", EnumSet.of(Stem.VOCALS, Stem.VOICE, Stem.DRUM, Stem.BASS));

    private final String id;
    private final Set<Stem> stems;

    Splitter(String id, Set<Stem> stems) {
        this.id = id;
        this.stems = Collections.unmodifiableSet(stems);
    }

    /** The splitter's name as the service writes it, e.g. {@code phoenix}. */
    public String id() {
        return id;
    }

    /** The stems this splitter can separate. */
    public Set<Stem> stems() {
        return stems;
    }

    /** Whether this splitter can separate the given stem. */
    public boolean supports(Stem stem) {
        return stems.contains(stem);
    }

    /**
     * Parses a splitter name (case-insensitive).
     *
     * @throws LalalValidationException naming the option, the value and the allowed names
     */
    public static Splitter of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (Splitter s : values()) {
                if (s.id.equals(n)) {
                    return s;
                }
            }
        }
        throw new LalalValidationException("splitter", name, allowedNames());
    }

    /** The allowed names, comma-separated. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(Splitter::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
