package dev.oxidometer.ui.chart.image;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a chart and its stamp onto any {@link Graphics2D} (a PNG's raster or JFreeSVG's SVG), with JFreeChart:
 * the dashboard's series, colours, axes and legend position, an opaque background, and the stamp as a footer. Text
 * grows with the image so that a slide-size picture reads from the back of the room.
 */
final class ChartRenderer {

    private static final String FONT = Font.SANS_SERIF;

    private ChartRenderer() {
    }

    static void draw(Graphics2D g, ChartData data, Stamp stamp, ChartTheme theme, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = Math.clamp(Math.min(width / 1000.0, height / 560.0), 1.0, 3.0);
        g.setPaint(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));

        Font stampFont = new Font(FONT, Font.PLAIN, (int) Math.round(11 * scale));
        double pad = 10 * scale;
        List<String> footer = wrap(g, stamp.lines(), stampFont, width - 2 * pad);
        FontMetrics fm = g.getFontMetrics(stampFont);
        double footerHeight = footer.size() * fm.getHeight() + pad;
        double chartHeight = Math.max(50, height - footerHeight);

        chart(data, theme, scale, pad).draw(g, new Rectangle2D.Double(0, 0, width, chartHeight));

        g.setFont(stampFont);
        g.setPaint(theme.secondaryText());
        double y = chartHeight + fm.getAscent();
        for (String line : footer) {
            g.drawString(line, (float) pad, (float) y);
            y += fm.getHeight();
        }
    }

    private static JFreeChart chart(ChartData data, ChartTheme theme, double scale, double pad) {
        Font tick = new Font(FONT, Font.PLAIN, (int) Math.round(12 * scale));
        Font label = new Font(FONT, Font.PLAIN, (int) Math.round(12 * scale));
        Font legendFont = new Font(FONT, Font.PLAIN, (int) Math.round(12 * scale));
        Font titleFont = new Font(FONT, Font.BOLD, (int) Math.round(17 * scale));

        ValueAxis x = xAxis(data);
        x.setLabel(data.xTitle());
        ValueAxis y = yAxis(data);
        for (ValueAxis axis : List.of(x, y)) {
            axis.setTickLabelFont(tick);
            axis.setLabelFont(label);
            axis.setTickLabelPaint(theme.secondaryText());
            axis.setLabelPaint(theme.secondaryText());
            axis.setAxisLinePaint(theme.grid());
            axis.setTickMarkPaint(theme.grid());
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (data.bars()) {
            bars(plot, data, theme);
        } else {
            lines(plot, data, theme, scale);
        }

        JFreeChart chart = new JFreeChart(null, titleFont, plot, !data.bars());
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(pad, pad, pad / 2, pad * 1.5));
        TextTitle title = new TextTitle(data.title(), titleFont);
        title.setPaint(theme.text());
        title.setPadding(new RectangleInsets(0, 0, pad, 0));
        chart.setTitle(title);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            // one entry per series: the lines' renderer, not the bands under them
            legend.setSources(new org.jfree.chart.LegendItemSource[] {plot.getRenderer(0)});
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(legendFont);
            legend.setItemPaint(theme.text());
            legend.setBackgroundPaint(theme.background());
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2 * scale, 2 * scale, 2 * scale, 8 * scale));
        }
        return chart;
    }

    /**
     * Lines between releases, straight (a smoothed curve would show values that were never measured). Stacked
     * charts draw each band translucent under the line of its running total, as Chart.js's {@code fill: "stack"}.
     */
    private static void lines(XYPlot plot, ChartData data, ChartTheme theme, double scale) {
        XYSeriesCollection lines = new XYSeriesCollection();
        double[] total = new double[data.tags().size()];
        for (ChartData.Series s : data.series()) {
            XYSeries line = new XYSeries(s.label(), false, true);
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                double at = xValue(data, i);
                if (Double.isNaN(at)) {
                    continue;
                }
                if (data.stacked()) {
                    total[i] += v == null ? 0 : v;
                    line.add(at, total[i]);
                } else {
                    line.add(at, v);
                }
            }
            lines.addSeries(line);
        }
        boolean shapes = data.tags().size() <= 60;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        double r = (shapes ? 3 : 1) * scale;
        for (int i = 0; i < data.series().size(); i++) {
            int colour = data.series().get(i).colour();
            renderer.setSeriesPaint(i, theme.series(colour));
            renderer.setSeriesStroke(i, new BasicStroke((float) (2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        }
        plot.setDataset(0, lines);
        plot.setRenderer(0, renderer);
        if (data.stacked()) {
            // Each running total filled down to zero, the highest first (XYPlot draws series in reverse), so each
            // band shows between its line and the one below, as Chart.js's fill: "stack" draws it; the band colour
            // is the series colour at 0.45 painted on the background, as it looks on the page.
            XYAreaRenderer fill = new XYAreaRenderer(XYAreaRenderer.AREA);
            for (int i = 0; i < data.series().size(); i++) {
                fill.setSeriesPaint(i, theme.band(data.series().get(i).colour(), 0.45));
            }
            fill.setOutline(false);
            plot.setDataset(1, lines);
            plot.setRenderer(1, fill);
        }
    }

    private static void bars(XYPlot plot, ChartData data, ChartTheme theme) {
        XYSeriesCollection bars = new XYSeriesCollection();
        for (ChartData.Series s : data.series()) {
            XYSeries series = new XYSeries(s.label(), false, true);
            for (int i = 0; i < s.values().size(); i++) {
                series.add(i, s.values().get(i));
            }
            bars.addSeries(series);
        }
        bars.setIntervalWidth(0.8);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, theme.series(data.series().get(i).colour()));
        }
        plot.setDataset(0, bars);
        plot.setRenderer(0, renderer);
    }

    private static double xValue(ChartData data, int i) {
        if (!data.dateAxis()) {
            return i;
        }
        return data.dates().get(i) == null ? Double.NaN : data.dates().get(i).toEpochMilli();
    }

    private static ValueAxis xAxis(ChartData data) {
        if (data.dateAxis()) {
            DateAxis axis = new DateAxis();
            SimpleDateFormat month = new SimpleDateFormat("yyyy-MM", Locale.ROOT);
            month.setTimeZone(TimeZone.getTimeZone("UTC"));
            axis.setDateFormatOverride(month);
            axis.setTimeZone(TimeZone.getTimeZone("UTC"));
            return axis;
        }
        // The release sequence: evenly spaced points named by their tag, as Chart.js's category scale.
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        int n = data.tags().size();
        double margin = data.bars() ? 0.5 : Math.max(0.15, n * 0.01);
        axis.setRange(-margin, Math.max(n - 1, 0) + margin);
        axis.setNumberFormatOverride(new TagFormat(data.tags()));
        return axis;
    }

    private static ValueAxis yAxis(ChartData data) {
        DecimalFormat format = data.percent()
                ? new DecimalFormat("0.####'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))
                : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        ValueAxis axis;
        if (data.logScale()) {
            LogAxis log = new LogAxis(data.yTitle());
            log.setSmallestValue(1);
            log.setNumberFormatOverride(format);
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(data.yTitle());
            linear.setAutoRangeIncludesZero(true);
            // all zeros (no Rust yet) still gets an axis from 0 to 1, not a range of width zero
            linear.setAutoRangeMinimumSize(data.percent() ? 0.01 : 1);
            if (!data.percent()) {
                linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            linear.setNumberFormatOverride(format);
            axis = linear;
        }
        axis.setLabel(data.yTitle());
        return axis;
    }

    /** Wraps each line at word boundaries (" · " and spaces) to the given width. */
    static List<String> wrap(Graphics2D g, List<String> lines, Font font, double width) {
        FontMetrics fm = g.getFontMetrics(font);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String next = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && fm.stringWidth(next) > width) {
                    out.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(next);
                }
            }
            out.add(current.toString());
        }
        return out;
    }

    /** Tick labels of the release sequence: the tag at a whole index, nothing elsewhere. */
    private static final class TagFormat extends NumberFormat {
        private final List<String> tags;

        TagFormat(List<String> tags) {
            this.tags = tags;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            long i = Math.round(number);
            if (Math.abs(number - i) < 1e-6 && i >= 0 && i < tags.size()) {
                out.append(tags.get((int) i));
            }
            return out;
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            int i = tags.indexOf(source);
            pos.setIndex(i < 0 ? 0 : source.length());
            return i < 0 ? null : i;
        }
    }
}
