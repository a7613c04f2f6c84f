package io.github.camellalal.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The one table the runner prints: a measurement, the component's figure, the baseline's, their ratio. */
final class ResultTable {

    private static final String[] HEADER = {"measurement", "component", "baseline", "ratio", "unit / note"};
    private final List<String[]> rows = new ArrayList<>();

    void row(String what, String component, String baseline, String ratio, String note) {
        rows.add(new String[] {what, component, baseline, ratio, note});
        System.out.println("  measured: " + String.join(" | ", rows.get(rows.size() - 1)));
    }

    List<String[]> rows() {
        return rows;
    }

    /** A Markdown table, so it pastes into a README or issue as it is. */
    String render() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        out.append("|---|---:|---:|---:|---|\n");
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return out.toString();
    }
}
