package io.github.camellalal.component.message;

/**
 * The names of the headers the machinery reads and writes. Users and Camel's tooling find each, documented, in the
 * root package's {@code LalalConstants}; the names are repeated here because a machinery class naming
 * {@code LalalConstants} would depend on the root package: javac inlines the value of such a constant but still
 * records the class it came from (jdeps sees it, ArchUnit does not). {@code HeaderNamesTest} checks that every name
 * here equals the constant of the same field name there.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class HeaderNames {
    public static final String FILE_ID = "CamelLalalFileId";
    public static final String FILE_IDS = "CamelLalalFileIds";
    public static final String FILE_NAME = "CamelLalalFileName";
    public static final String STEM = "CamelLalalStem";
    public static final String SPLITTER = "CamelLalalSplitter";
    public static final String VOICE_PACK = "CamelLalalVoicePack";
    public static final String TASK_STATE = "CamelLalalTaskState";
    public static final String PROGRESS = "CamelLalalProgress";
    public static final String STEM_TRACK_URL = "CamelLalalStemTrackUrl";
    public static final String BACK_TRACK_URL = "CamelLalalBackTrackUrl";
    public static final String TRACK = "CamelLalalTrack";
    public static final String DURATION = "CamelLalalDuration";
    public static final String SIZE = "CamelLalalSize";
    public static final String EXPIRES = "CamelLalalExpires";
    public static final String RESULT_KIND = "CamelLalalResultKind";
    public static final String TASK_ID = "CamelLalalTaskId";
    public static final String TASK_IDS = "CamelLalalTaskIds";
    public static final String TRACKS = "CamelLalalTracks";
    public static final String TRACK_LABEL = "CamelLalalTrackLabel";
    public static final String ERROR_CODE = "CamelLalalErrorCode";

    private HeaderNames() {
    }
}
