package io.github.camellalal.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A kind of sound LALAL.AI can separate from the rest of a recording (the rest is the "back track"). */
public enum Stem {
    VOCALS("vocals"),
    VOICE("voice"),
    DRUM("drum"),
    BASS("bass"),
    PIANO("piano"),
    ELECTRIC_GUITAR("electric_guitar"),
    ACOUSTIC_GUITAR("acoustic_guitar"),
    SYNTHESIZER("synthesizer"),
    STRINGS("strings"),
    WIND("wind");

    private final String id;

    Stem(String id) {
        this.id = id;
    }

    /** The stem's name as users and the service write it, e.g. {@code electric_guitar}. */
    public String id() {
        return id;
    }

    /**
     * Parses a stem name (case-insensitive, {@code -} accepted for {@code _}).
     *
     * @throws LalalValidationException naming the option, the value and the allowed names
     */
    public static Stem of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (Stem s : values()) {
                if (s.id.equals(n)) {
                    return s;
                }
            }
        }
        throw new LalalValidationException("stem", name, allowedNames());
    }

    /** The allowed names, comma-separated, for error messages and docs. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(Stem::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
