package io.github.camellalal.component.message;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.component.tasks.TaskFailure;

/**
 * Says which result a file's tracks are (header {@code CamelLalalResultKind}) and refuses a preview where a full
 * result is required (option requireFullResult): the service answers a license without split access with a short
 * preview and nothing else saying so.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class FullResult {

    /** The full split (paid licenses). */
    static final String SPLIT = "split";
    /** Full-length tracks for the web player (starter licenses). */
    static final String PLAYER = "player";
    /** The short preview only. */
    static final String PREVIEW = "preview";

    private FullResult() {
    }

    /** Which result {@link FileStatus#tracks()} delivers, or {@code null} when there is none. */
    static String kind(FileStatus status) {
        if (status.split() != null) {
            return SPLIT;
        }
        if (status.player() != null) {
            return PLAYER;
        }
        return status.preview() != null ? PREVIEW : null;
    }

    /**
     * Fails when the file has only a preview, naming the license's plan as get-limits reports it.
     *
     * @param failure makes the exception, of state {@code preview}
     */
    public static void require(LalalClient client, FileStatus status, TaskFailure failure) {
        require(client, kind(status), status.id(), status.name(), failure);
    }

    /**
     * Fails when {@code kind} is a preview, naming the file and the license's plan as get-limits reports it.
     *
     * @param failure makes the exception, of state {@code preview}
     */
    public static void require(LalalClient client, Object kind, String fileId, String fileName, TaskFailure failure) {
        if (!PREVIEW.equals(kind)) {
            return;
        }
        String plan;
        try {
            plan = "'" + client.limits().plan() + "'";
        } catch (LalalException e) {
            plan = "(unknown: get-limits failed: " + e.getMessage() + ")";
        }
        throw failure.of(fileId, PREVIEW, null, "LALAL.AI gave only a preview of file "
                + fileId + (fileName == null ? "" : " (" + fileName + ")") + ", no full result: the license's plan "
                + plan
                + " does not include full splits. Use a license with full results, or set requireFullResult=false "
                + "to accept the preview");
    }
}
