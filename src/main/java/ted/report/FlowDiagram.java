package ted.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ted.engine.Finding;
import ted.engine.Section;
import ted.engine.Status;

/**
 * The troubleshooting path drawn from the rules' own {@code @section} and {@code @step} metadata: one lane per section
 * of the guide, in order, one box per step, coloured and labelled by the worst status among the step's checks, each
 * linking to that check's detail. A rule with a new step appears here without any change to the renderer. This class
 * only lays out (coordinates in pixels); the template draws.
 */
final class FlowDiagram {
    static final int LABEL_WIDTH = 200;
    static final int NODE_WIDTH = 168;
    static final int NODE_HEIGHT = 64;
    static final int GAP = 26;
    static final int LANE_GAP = 34;
    static final int PER_ROW = 5;
    /** Characters of a label that fit a box at the code's size; a longer one is squeezed to the box's width. */
    static final int FITS = 22;

    /**
     * One step: where it is drawn, and what it says. {@code caption} and {@code note} are two further lines (the
     * scan's check title and count; null in a diagnosis); {@code fit} the width to squeeze a long label into, else null.
     */
    record Node(int x, int y, int width, int height, String status, String statusLabel, String icon, String step,
                String label, String href, String tooltip, int textX, String caption, String note, Integer fit) {
    }

    /** A section's lane: its heading, drawn left of its first row, in lines short enough for the label column. */
    record Lane(List<LaneLine> lines, int y) {
    }

    /** One line of a lane's heading and how far below the previous one it sits. */
    record LaneLine(String text, int dy) {
    }

    /** An arrow from one step to the next, as an SVG path. */
    record Edge(String path) {
    }

    record Layout(int width, int height, List<Lane> lanes, List<Node> nodes, List<Edge> edges) {
    }

    private FlowDiagram() {
    }

    /** One step of the guide as a box shows it: where it sits, the status that colours it, its text and its link. */
    record Step(Section section, int step, Status status, String label, String href, String tooltip, String caption, String note) {
        Step(Section section, int step, Status status, String label, String href, String tooltip) {
            this(section, step, status, label, href, tooltip, null, null);
        }
    }

    /** One diagnosis: a box per step, coloured by the worst status among the step's checks. */
    static Layout of(List<Finding> findings) {
        Map<Section, Map<Integer, List<Finding>>> steps = new LinkedHashMap<>();
        findings.forEach(f -> steps.computeIfAbsent(f.check().section(), s -> new LinkedHashMap<>())
                .computeIfAbsent(f.check().step(), s -> new ArrayList<>()).add(f));
        List<Step> out = new ArrayList<>();
        steps.forEach((section, bySteps) -> bySteps.forEach((step, checks) -> {
            Finding worst = checks.stream().min(Comparator.comparing(Finding::getStatus)).orElseThrow();
            StringBuilder tooltip = new StringBuilder();
            checks.forEach(f -> tooltip.append(f.getCode()).append(": ").append(f.getStatus().id()).append('\n'));
            out.add(new Step(section, step, worst.getStatus(), checks.size() == 1 ? shorten(worst.getCode(), 20) : checks.size() + " checks",
                    "#" + worst.getCode(), tooltip.toString().strip()));
        }));
        return layout(out);
    }

    /** Steps laid out in the guide's order: a lane per section, boxes left to right, wrapping after {@value #PER_ROW}. */
    static Layout layout(List<Step> unordered) {
        return layout(unordered, NODE_HEIGHT);
    }

    /** As {@link #layout(List)}, with boxes {@code nodeHeight} high (the scan's carry two more lines). */
    static Layout layout(List<Step> unordered, int nodeHeight) {
        List<Step> steps = unordered.stream().sorted(Comparator.comparing(Step::section).thenComparingInt(Step::step)).toList();
        List<Lane> lanes = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        int y = 10;
        Node previous = null;
        Section current = null;
        int column = 0;
        for (Step step : steps) {
            if (step.section() != current) {
                if (current != null) {
                    y += nodeHeight + LANE_GAP;
                }
                current = step.section();
                column = 0;
                List<String> heading = lines(current.heading(), 22);
                List<LaneLine> laneLines = new ArrayList<>();
                for (int i = 0; i < heading.size(); i++) {
                    laneLines.add(new LaneLine(heading.get(i), i == 0 ? 0 : 16));
                }
                lanes.add(new Lane(laneLines, y + nodeHeight / 2 + 5 - 8 * (heading.size() - 1)));
            } else if (column == PER_ROW) {
                column = 0;
                y += nodeHeight + GAP;
            }
            int x = LABEL_WIDTH + column * (NODE_WIDTH + GAP);
            Node node = new Node(x, y, NODE_WIDTH, nodeHeight, step.status().id(), HtmlRenderer.label(step.status()),
                    HtmlRenderer.icon(step.status()), step.step() > 0 ? "Step " + step.step() : "Check", step.label(), step.href(),
                    step.tooltip(), x + 10, step.caption(), step.note(), step.label().length() > FITS ? NODE_WIDTH - 20 : null);
            if (previous != null) {
                edges.add(new Edge(arrow(previous, node)));
            }
            nodes.add(node);
            previous = node;
            column++;
        }
        y += nodeHeight + LANE_GAP;
        int width = LABEL_WIDTH + PER_ROW * (NODE_WIDTH + GAP);
        return new Layout(width, Math.max(y, nodeHeight + 20), lanes, nodes, edges);
    }

    /** Right along a row; from a row's end down and back to the start of the next row or lane. */
    private static String arrow(Node from, Node to) {
        if (to.y() == from.y()) {
            int midY = from.y() + from.height() / 2;
            return "M" + (from.x() + from.width()) + "," + midY + " L" + (to.x() - 4) + "," + midY;
        }
        int startX = from.x() + from.width() / 2;
        int bend = to.y() - (to.y() - from.y() - from.height()) / 2;
        int endX = to.x() + to.width() / 2;
        return "M" + startX + "," + (from.y() + from.height()) + " L" + startX + "," + bend + " L" + endX + "," + bend
                + " L" + endX + "," + (to.y() - 4);
    }

    /** Words packed into lines of at most {@code width} characters. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
