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
    PERSEUS("perseus", EnumSet.of(Stem.VOCALS, Stem.VOICE, Stem.DRUM, Stem.BASS)),
    /** API v1 only; like every v1 splitter but phoenix, not for synthesizer, strings or wind. */
    ANDROMEDA("andromeda", EnumSet.complementOf(EnumSet.of(Stem.SYNTHESIZER, Stem.STRINGS, Stem.WIND)), true),
    /** API v1 only; like every v1 splitter but phoenix, not for synthesizer, strings or wind. */
    LYRA("lyra", EnumSet.complementOf(EnumSet.of(Stem.SYNTHESIZER, Stem.STRINGS, Stem.WIND)), true),
    /** API v1 only; like every v1 splitter but phoenix, not for synthesizer, strings or wind. */
    LYNX("lynx", EnumSet.complementOf(EnumSet.of(Stem.SYNTHESIZER, Stem.STRINGS, Stem.WIND)), true);

    private final String id;
    private final Set<Stem> stems;
    private final boolean v1Only;

    Splitter(String id, Set<Stem> stems) {
        this(id, stems, false);
    }

    Splitter(String id, Set<Stem> stems, boolean v1Only) {
        this.id = id;
        this.stems = Collections.unmodifiableSet(stems);
        this.v1Only = v1Only;
    }

    /** Whether only LALAL.AI API v1 offers this splitter. */
    public boolean v1Only() {
        return v1Only;
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
