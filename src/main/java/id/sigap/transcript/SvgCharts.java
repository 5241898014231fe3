package id.sigap.transcript;

import id.sigap.texts.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of small inline SVG charts for report pages: vertical bars, stacked bars, a line, horizontal
 * bars and a proportion bar. Each method returns a {@link Chart} of plain shapes; the markup is the template
 * fragment {@code templates/report/grafik.html}. Every chart is 640 units wide and scales to its container.
 */
final class SvgCharts {

    /** A named series of values with its colour (CSS colour). */
    record Series(String name, String color, double[] values) {
    }

    /** A chart: its view box, an accessible name, and its shapes, drawn in this order (lines first, labels last). */
    record Chart(int width, int height, String label, List<Line> lines, List<Area> areas, List<Bar> bars,
                 List<Label> labels) {
    }

    /** A grid or axis line; {@code css} is {@code grid} or {@code axis}. */
    record Line(double x1, double y1, double x2, double y2, String css) {
        Line {
            x1 = round(x1);
            y1 = round(y1);
            x2 = round(x2);
            y2 = round(y2);
        }
    }

    /** A line through {@code points} ("x,y x,y …") with the area under it lightly filled. */
    record Area(String points, String outline, String color) {
    }

    /** A rectangle; {@code title} (shown on hover) may be null. */
    record Bar(double x, double y, double width, double height, String color, int rx, String title) {
        Bar {
            x = round(x);
            y = round(y);
            width = round(width);
            height = round(height);
        }
    }

    /** A text; {@code anchor} ({@code middle}, {@code end}) may be null for start. */
    record Label(double x, double y, String anchor, String css, String text) {
        Label {
            x = round(x);
            y = round(y);
        }
    }

    static final String BLUE = "#1f5fa8";
    static final String GREEN = "#2e9d5b";
    static final String GREY = "#9aa5b1";
    static final String ORANGE = "#f0a33a";
    static final String RED = "#d64545";
    static final String PURPLE = "#7b5ea7";

    private static final int WIDTH = 640;
    /** Long time series fill a full-width section: drawn twice as wide so their text keeps its size. */
    private static final int WIDE = 1240;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 38;

    private SvgCharts() {
    }

    /** Vertical bars; every {@code labelEvery}-th label is written under its bar. */
    static Chart bars(List<String> labels, double[] values, String color, int labelEvery) {
        return stacked(labels, List.of(new Series("", color, values)), labelEvery, false);
    }

    /** Vertical stacked bars with a legend, one bar per label. */
    static Chart stacked(List<String> labels, List<Series> series) {
        return stacked(labels, series, 1, true);
    }

    private static Chart stacked(List<String> labels, List<Series> series, int labelEvery, boolean legend) {
        int n = labels.size();
        int height = 240;
        double[] totals = new double[n];
        for (Series s : series) {
            for (int i = 0; i < n; i++) {
                totals[i] += s.values()[i];
            }
        }
        double max = niceMax(max(totals));
        Shapes shapes = new Shapes();
        int plotH = height - TOP - BOTTOM;
        shapes.axis(WIDTH, max, plotH);
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(n, 1);
        double barW = Math.max(1, slot * 0.72);
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * slot + (slot - barW) / 2;
            double y = TOP + plotH;
            for (Series s : series) {
                double v = s.values()[i];
                if (v <= 0) {
                    continue;
                }
                double h = v / max * plotH;
                y -= h;
                String name = s.name().isEmpty() ? labels.get(i) : labels.get(i) + " · " + s.name();
                shapes.bars.add(new Bar(x, y, barW, h, s.color(), 0, name + ": " + number(v)));
            }
            if (i % Math.max(labelEvery, 1) == 0) {
                shapes.labels.add(new Label(LEFT + i * slot + slot / 2, height - BOTTOM + 16, "middle", "tick", labels.get(i)));
            }
        }
        if (legend) {
            shapes.legend(series, height + 6);
        }
        return shapes.chart(WIDTH, height + (legend ? 24 : 0), "bars");
    }

    /** A line with the area under it; for long time series such as messages per hour over a week. */
    static Chart line(List<String> labels, double[] values, String color, int labelEvery) {
        int n = values.length;
        int height = 250;
        double max = niceMax(max(values));
        Shapes shapes = new Shapes();
        int plotH = height - TOP - BOTTOM;
        shapes.axis(WIDE, max, plotH);
        double step = n > 1 ? (double) (WIDE - LEFT - RIGHT) / (n - 1) : 0;
        List<String> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", LEFT + i * step, TOP + plotH - values[i] / max * plotH));
        }
        String line = String.join(" ", points);
        String area = String.format(Locale.ROOT, "%.1f,%d %s %.1f,%d",
                (double) LEFT, TOP + plotH, line, LEFT + (n - 1) * step, TOP + plotH);
        shapes.areas.add(new Area(area, line, color));
        for (int i = 0; i < n; i += Math.max(labelEvery, 1)) {
            double x = LEFT + i * step;
            shapes.lines.add(new Line(x, TOP, x, TOP + plotH, "grid"));
            shapes.labels.add(new Label(x, height - BOTTOM + 16, "middle", "tick", labels.get(i)));
        }
        return shapes.chart(WIDE, height, "line");
    }

    /** Horizontal bars with their values, for ranked categories (reasons, entries). */
    static Chart horizontal(List<String> labels, double[] values, String color) {
        int n = labels.size();
        int row = 26;
        int height = Math.max(n, 1) * row + 8;
        int labelW = 230;
        double max = niceMax(max(values));
        Shapes shapes = new Shapes();
        int plotW = WIDTH - labelW - 60;
        for (int i = 0; i < n; i++) {
            int y = 4 + i * row;
            double w = values[i] / max * plotW;
            shapes.labels.add(new Label(labelW - 8, y + 16, "end", "label", shorten(labels.get(i), 34)));
            shapes.bars.add(new Bar(labelW, y + 3, w, row - 8, color, 2, null));
            shapes.labels.add(new Label(labelW + w + 6, y + 16, null, "value", number(values[i])));
        }
        return shapes.chart(WIDTH, height, "horizontal");
    }

    /** One bar split in proportions, each part labelled with its share, and a legend. */
    static Chart proportion(List<Series> parts) {
        int height = 76;
        double total = 0;
        for (Series part : parts) {
            total += part.values()[0];
        }
        Shapes shapes = new Shapes();
        double x = LEFT;
        double width = WIDTH - LEFT - RIGHT;
        if (total <= 0) {
            shapes.bars.add(new Bar(LEFT, 10, width, 30, "#eef1f4", 0, null));
        }
        for (Series part : parts) {
            double v = part.values()[0];
            if (v <= 0 || total <= 0) {
                continue;
            }
            double w = v / total * width;
            shapes.bars.add(new Bar(x, 10, w, 30, part.color(), 0, part.name() + ": " + number(v)));
            if (w > 40) {
                shapes.labels.add(new Label(x + w / 2, 30, "middle", "inbar",
                        String.format(Locale.ROOT, "%.0f%%", v / total * 100)));
            }
            x += w;
        }
        shapes.legend(parts, 50);
        return shapes.chart(WIDTH, height, "proportion");
    }

    /** The shapes of one chart while it is drawn. */
    private static final class Shapes {
        final List<Line> lines = new ArrayList<>();
        final List<Area> areas = new ArrayList<>();
        final List<Bar> bars = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();

        void axis(int width, double max, int plotH) {
            for (int g = 0; g <= 4; g++) {
                double y = TOP + plotH - g * plotH / 4.0;
                lines.add(new Line(LEFT, y, width - RIGHT, y, "grid"));
                labels.add(new Label(LEFT - 6, y + 4, "end", "tick", number(max * g / 4)));
            }
            lines.add(new Line(LEFT, TOP + plotH, width - RIGHT, TOP + plotH, "axis"));
        }

        void legend(List<Series> series, int y) {
            double x = LEFT;
            for (Series s : series) {
                bars.add(new Bar(x, y, 12, 12, s.color(), 2, null));
                labels.add(new Label(x + 17, y + 11, null, "label", s.name()));
                x += 30 + s.name().length() * 7.2;
            }
        }

        Chart chart(int width, int height, String kind) {
            return new Chart(width, height, Texts.officer("report.chart." + kind), List.copyOf(lines), List.copyOf(areas), List.copyOf(bars), List.copyOf(labels));
        }
    }

    /** The axis top: the maximum rounded up to 1, 2, 2.5 or 5 times a power of ten (at least 1). */
    static double niceMax(double max) {
        if (max <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** A count with dots between thousands ("1.234"), or a fraction with a decimal comma ("2,5"). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace(',', '.');
        }
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
