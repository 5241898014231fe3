package id.sigap.transcript;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for report pages, drawn here so that a report needs no script and no
 * network: vertical bars, stacked bars, a line, horizontal bars and a proportion bar. Every chart is
 * 640 units wide and scales to its container.
 */
public final class SvgCharts {

    /** A named series of values with its colour (CSS colour). */
    public record Series(String name, String color, double[] values) {
    }

    public static final String BLUE = "#1f5fa8";
    public static final String GREEN = "#2e9d5b";
    public static final String GREY = "#9aa5b1";
    public static final String ORANGE = "#f0a33a";
    public static final String RED = "#d64545";
    public static final String PURPLE = "#7b5ea7";

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
    public static String bars(List<String> labels, double[] values, String color, int labelEvery) {
        return stacked(labels, List.of(new Series("", color, values)), labelEvery, false);
    }

    /** Vertical stacked bars with a legend, one bar per label. */
    public static String stacked(List<String> labels, List<Series> series) {
        return stacked(labels, series, 1, true);
    }

    private static String stacked(List<String> labels, List<Series> series, int labelEvery, boolean legend) {
        int n = labels.size();
        int height = 240;
        int legendHeight = legend ? 24 : 0;
        double[] totals = new double[n];
        for (Series s : series) {
            for (int i = 0; i < n; i++) {
                totals[i] += s.values()[i];
            }
        }
        double max = niceMax(max(totals));
        StringBuilder svg = open(WIDTH, height + legendHeight, "grafik batang");
        int plotH = height - TOP - BOTTOM;
        axis(svg, WIDTH, max, plotH);
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
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s%s: %s</title></rect>",
                        x, y, barW, h, s.color(), ReportPage.escape(labels.get(i)),
                        s.name().isEmpty() ? "" : " · " + ReportPage.escape(s.name()), number(v)));
            }
            if (i % Math.max(labelEvery, 1) == 0) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%s</text>",
                        LEFT + i * slot + slot / 2, height - BOTTOM + 16, ReportPage.escape(labels.get(i))));
            }
        }
        if (legend) {
            legend(svg, series, height + 6);
        }
        return svg.append("</svg>").toString();
    }

    /** A line with the area under it; for long time series such as messages per hour over a week. */
    public static String line(List<String> labels, double[] values, String color, int labelEvery) {
        int n = values.length;
        int height = 250;
        double max = niceMax(max(values));
        StringBuilder svg = open(WIDE, height, "grafik garis");
        int plotH = height - TOP - BOTTOM;
        axis(svg, WIDE, max, plotH);
        double step = n > 1 ? (double) (WIDE - LEFT - RIGHT) / (n - 1) : 0;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + i * step, TOP + plotH - values[i] / max * plotH));
        }
        svg.append(String.format(Locale.ROOT,
                "<polygon points=\"%.1f,%d %s%.1f,%d\" fill=\"%s\" fill-opacity=\"0.15\"/>",
                (double) LEFT, TOP + plotH, points, LEFT + (n - 1) * step, TOP + plotH, color));
        svg.append("<polyline points=\"").append(points.toString().strip())
                .append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.6\"/>");
        for (int i = 0; i < n; i += Math.max(labelEvery, 1)) {
            double x = LEFT + i * step;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%s</text>",
                    x, TOP, x, TOP + plotH, x, height - BOTTOM + 16, ReportPage.escape(labels.get(i))));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars with their values, for ranked categories (reasons, entries). */
    public static String horizontal(List<String> labels, double[] values, String color) {
        int n = labels.size();
        int row = 26;
        int height = Math.max(n, 1) * row + 8;
        int labelW = 230;
        double max = niceMax(max(values));
        StringBuilder svg = open(WIDTH, height, "grafik batang mendatar");
        int plotW = WIDTH - labelW - 60;
        for (int i = 0; i < n; i++) {
            int y = 4 + i * row;
            double w = values[i] / max * plotW;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" rx=\"2\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
                    labelW - 8, y + 16, ReportPage.escape(shorten(labels.get(i), 34)), labelW, y + 3, w, row - 8, color,
                    labelW + w + 6, y + 16, number(values[i])));
        }
        return svg.append("</svg>").toString();
    }

    /** One bar split in proportions, each part labelled with its share, and a legend. */
    public static String proportion(List<Series> parts) {
        int height = 76;
        double total = 0;
        for (Series part : parts) {
            total += part.values()[0];
        }
        StringBuilder svg = open(WIDTH, height, "grafik proporsi");
        double x = LEFT;
        double width = WIDTH - LEFT - RIGHT;
        if (total <= 0) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"10\" width=\"%.1f\" height=\"30\" fill=\"#eef1f4\"/>", LEFT, width));
        }
        for (Series part : parts) {
            double v = part.values()[0];
            if (v <= 0 || total <= 0) {
                continue;
            }
            double w = v / total * width;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"30\" fill=\"%s\"><title>%s: %s</title></rect>",
                    x, w, part.color(), ReportPage.escape(part.name()), number(v)));
            if (w > 40) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"30\" text-anchor=\"middle\" class=\"inbar\">%.0f%%</text>",
                        x + w / 2, v / total * 100));
            }
            x += w;
        }
        legend(svg, parts, 50);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder(4096).append(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">",
                width, height, label));
    }

    private static void axis(StringBuilder svg, int width, double max, int plotH) {
        for (int g = 0; g <= 4; g++) {
            double y = TOP + plotH - g * plotH / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>",
                    LEFT, y, width - RIGHT, y, LEFT - 6, y + 4, number(max * g / 4)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                LEFT, TOP + plotH, width - RIGHT, TOP + plotH));
    }

    private static void legend(StringBuilder svg, List<Series> series, int y) {
        double x = LEFT;
        for (Series s : series) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" rx=\"2\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>",
                    x, y, s.color(), x + 17, y + 11, ReportPage.escape(s.name())));
            x += 30 + s.name().length() * 7.2;
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

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace(',', '.');
        }
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
