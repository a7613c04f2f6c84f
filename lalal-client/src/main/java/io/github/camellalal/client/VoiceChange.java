package io.github.camellalal.client;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The settings of a voice change (split type {@link SplitType#CHANGE_VOICE}, API v1). Validated when built, so a
 * bad value fails before any request is sent.
 *
 * @param voicePack         one of the service's packs ({@link #SERVICE_PACKS}, case-insensitive, kept upper case)
 *                          or the uuid4 pack id of a pack of the license's own (see
 *                          {@link LalalClient#voicePacks()}); required
 * @param accent            0.0 keeps the source's accent, 1.0 takes the pack's; {@code null} means the service
 *                          default (1.0)
 * @param tonalityReference where the tonality comes from; {@code null} means the service default
 *                          ({@link TonalityReference#SOURCE_FILE})
 */
public record VoiceChange(String voicePack, Double accent, TonalityReference tonalityReference) {

    /** The voice packs the service offers every license. */
    public static final List<String> SERVICE_PACKS = List.of("ALEX_KAYE", "STASIA_FAYE", "NICOLAAS_HAAS", "NIK_ZEL",
            "OLIA_CHEBO", "YVAR_DE_GROOT", "VETRANA");

    /** What {@code voicePack} allows, as error messages say it. */
    public static final String ALLOWED_PACKS = String.join(", ", SERVICE_PACKS)
            + " or the uuid4 pack id of a pack of the license's own";

    /** Validates the settings; see the class description. */
    public VoiceChange {
        voicePack = normalizePack(voicePack);
        if (accent != null && (accent.isNaN() || accent < 0.0 || accent > 1.0)) {
            throw new LalalValidationException("accent", accent, "a number from 0.0 (the source's accent) to 1.0 "
                    + "(the voice pack's accent)");
        }
    }

    /** A voice change with the service's defaults for accent and tonality. */
    public static VoiceChange of(String voicePack) {
        return new VoiceChange(voicePack, null, null);
    }

    /** Whether the pack is one of the license's own (a uuid4) rather than one of {@link #SERVICE_PACKS}. */
    public boolean ownPack() {
        return !SERVICE_PACKS.contains(voicePack);
    }

    private static String normalizePack(String pack) {
        String p = pack == null ? "" : pack.trim();
        String upper = p.toUpperCase(Locale.ROOT);
        if (SERVICE_PACKS.contains(upper)) {
            return upper;
        }
        if (isUuid4(p)) {
            return p.toLowerCase(Locale.ROOT);
        }
        throw new LalalValidationException("voicePack", pack, ALLOWED_PACKS);
    }

    private static boolean isUuid4(String s) {
        try {
            UUID u = UUID.fromString(s);
            return u.version() == 4 && u.toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
