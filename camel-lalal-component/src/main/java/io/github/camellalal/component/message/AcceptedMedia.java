package io.github.camellalal.component.message;

import io.github.camellalal.client.LalalValidationException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file extensions the service accepts for upload. It takes a file of any other extension, but then refuses to
 * split it ("Invalid extension"); checking the name first saves the upload.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class AcceptedMedia {

    /** What LALAL.AI accepts (audio and video containers), as the emulator's README lists it. */
    static final Set<String> EXTENSIONS = Set.of("mp3", "wav", "flac", "ogg", "oga", "opus", "m4a", "aac", "aiff",
            "aif", "wma", "mp4", "mkv", "avi", "mov", "webm");

    /** Option extraExtensions: accept any extension. */
    static final String ANY = "*";

    private AcceptedMedia() {
    }

    /**
     * Refuses a file name whose extension is neither accepted by the service nor in {@code extra}.
     *
     * @param source where the name came from, for the message, e.g. {@code header CamelFileName}
     * @param extra  option extraExtensions: comma-separated extensions, or {@code *} for any
     */
    public static void require(String fileName, String source, String extra) {
        Set<String> more = parseExtra(extra);
        if (more.contains(ANY)) {
            return;
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext) && !more.contains(ext)) {
            throw LalalValidationException.ofInput("file name (" + source + ")", fileName, "a name ending in one of "
                    + "the extensions the service accepts (" + String.join(", ", new TreeSet<>(EXTENSIONS))
                    + ") or in option extraExtensions" + (more.isEmpty() ? "" : " (" + String.join(", ", more) + ")"));
        }
    }

    /** The extensions of option extraExtensions, lower case; refuses empty entries and anything but letters/digits. */
    public static Set<String> parseExtra(String extra) {
        Set<String> set = new TreeSet<>();
        if (extra == null || extra.isEmpty()) {
            return set;
        }
        for (String e : extra.split(",", -1)) {
            if (!e.equals(ANY) && !e.matches("[A-Za-z0-9]{1,10}")) {
                throw new LalalValidationException("extraExtensions", extra, "comma-separated extensions without dots "
                        + "or spaces (e.g. mid,dsf), or * for any; '" + e + "' is not one");
            }
            set.add(e.toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
