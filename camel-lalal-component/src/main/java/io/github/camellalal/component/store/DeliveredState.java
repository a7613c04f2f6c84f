package io.github.camellalal.component.store;

/**
 * The last task state whose exchange completed for one file, and its progress (which matters only when progress
 * events are emitted).
 *
 * @param state    the state's name ({@code progress}, ...), {@code null} before any delivery
 * @param progress the progress delivered with it, may be {@code null}
 */
public record DeliveredState(String state, Integer progress) {

    /** Nothing delivered yet. */
    public static final DeliveredState NONE = new DeliveredState(null, null);

    /** Reads the form written by {@link #format()}; blank or null is {@link #NONE}. */
    public static DeliveredState parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        int colon = value.indexOf(':');
        String state = colon < 0 ? value : value.substring(0, colon);
        Integer progress = null;
        if (colon >= 0 && colon + 1 < value.length()) {
            try {
                progress = Integer.valueOf(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                progress = null;
            }
        }
        return new DeliveredState(state.isEmpty() ? null : state, progress);
    }

    /** {@code state:progress}, either part empty when absent. */
    public String format() {
        return (state == null ? "" : state) + ":" + (progress == null ? "" : progress);
    }
}
